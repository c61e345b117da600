// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/factsheetlayout.h"
#include "factsheet/factsheetstyle.h"

#include <QImage>
#include <QTest>

using namespace sharaka;

namespace {

/// A block of a fixed height that cannot be cut.
class FixedBlock final : public FactsheetBlock
{
public:
    FixedBlock(const FactsheetStyle &style, qreal height, bool stretches = false,
               bool keepsWithNext = false)
        : FactsheetBlock(style)
        , m_height(height)
        , m_stretches(stretches)
        , m_keepsWithNext(keepsWithNext)
    {}
    qreal heightFor(qreal) const override { return m_height; }
    void paint(QPainter &, const QRectF &) const override {}
    bool stretches() const override { return m_stretches; }
    bool keepsWithNext() const override { return m_keepsWithNext; }

private:
    qreal m_height;
    bool m_stretches;
    bool m_keepsWithNext;
};

/// Lines of LineHeight each, cut between lines like the factsheet's text.
class LinesBlock final : public FactsheetBlock
{
public:
    static constexpr qreal LineHeight = 20;
    LinesBlock(const FactsheetStyle &style, int lines)
        : FactsheetBlock(style)
        , m_lines(lines)
    {}
    qreal heightFor(qreal) const override { return m_lines * LineHeight; }
    void paint(QPainter &, const QRectF &) const override {}
    FactsheetSplit split(qreal, qreal height) const override
    {
        const int fit = int(height / LineHeight);
        if (fit < 1 || fit >= m_lines)
            return {};
        return {std::make_unique<LinesBlock>(style(), fit),
                std::make_unique<LinesBlock>(style(), m_lines - fit)};
    }

private:
    int m_lines;
};

} // namespace

/// FactsheetLayout's pagination on blocks of known heights: where each lands,
/// what moves to the next page, what is cut, how charts take the room left.
class tst_FactsheetLayout : public QObject
{
    Q_OBJECT

private slots:
    void blocksThatFit_stackWithGapsAndChartsTakeTheRoomLeft();
    void blockThatDoesNotFit_movesUnderTheRunningHeader();
    void cuttableBlock_isCutBetweenLines();
    void heading_movesWithWhatItHeads();
    void blockTallerThanAPage_getsTheWholePage();

private:
    std::vector<std::unique_ptr<FactsheetBlock>>
    blocks(std::initializer_list<FactsheetBlock *> list)
    {
        std::vector<std::unique_ptr<FactsheetBlock>> owned;
        for (FactsheetBlock *block : list)
            owned.emplace_back(block);
        return owned;
    }
    static QList<QRectF> rects(const FactsheetLayout::Page &page)
    {
        QList<QRectF> list;
        for (const FactsheetLayout::Placement &placement : page)
            list.append(placement.rect);
        return list;
    }

    QImage m_device{100, 100, QImage::Format_ARGB32};
    FactsheetStyle m_style{Language::English, &m_device};
    /// A page of 100 × 300 points.
    const QRectF m_area{0, 0, 100, 300};
    static constexpr qreal Gap = FactsheetStyle::Gap;
};

void tst_FactsheetLayout::blocksThatFit_stackWithGapsAndChartsTakeTheRoomLeft()
{
    const FactsheetLayout layout(
        blocks({new FixedBlock(m_style, 100), new FixedBlock(m_style, 50, true)}), nullptr, m_area);
    QCOMPARE(layout.pages().size(), 1);
    // 300 - (100 + Gap + 50) = 142 points left; the one chart takes them all
    // (under its limit of 160).
    const qreal left = m_area.height() - (100 + Gap + 50);
    QCOMPARE(rects(layout.pages().at(0)),
             (QList<QRectF>{QRectF(0, 0, 100, 100), QRectF(0, 100 + Gap, 100, 50 + left)}));
}

void tst_FactsheetLayout::blockThatDoesNotFit_movesUnderTheRunningHeader()
{
    auto *header = new FixedBlock(m_style, 20);
    auto *first = new FixedBlock(m_style, 200);
    auto *second = new FixedBlock(m_style, 150);
    const FactsheetLayout layout(blocks({first, second}), std::unique_ptr<FactsheetBlock>(header),
                                 m_area);
    QCOMPARE(layout.pages().size(), 2);
    QCOMPARE(layout.pages().at(0).size(), 1);
    QCOMPARE(layout.pages().at(0).at(0).block, first);
    const FactsheetLayout::Page &next = layout.pages().at(1);
    QCOMPARE(next.size(), 2);
    QCOMPARE(next.at(0).block, header);
    QCOMPARE(next.at(1).block, second);
    QCOMPARE(rects(next), (QList<QRectF>{QRectF(0, 0, 100, 20), QRectF(0, 20 + Gap, 100, 150)}));
}

void tst_FactsheetLayout::cuttableBlock_isCutBetweenLines()
{
    const FactsheetLayout layout(
        blocks({new FixedBlock(m_style, 200), new LinesBlock(m_style, 10)}), nullptr, m_area);
    QCOMPARE(layout.pages().size(), 2);
    // 300 - 208 = 92 points hold 4 lines of 20; the other 6 go on.
    QCOMPARE(rects(layout.pages().at(0)),
             (QList<QRectF>{QRectF(0, 0, 100, 200), QRectF(0, 200 + Gap, 100, 4 * 20)}));
    QCOMPARE(rects(layout.pages().at(1)), (QList<QRectF>{QRectF(0, 0, 100, 6 * 20)}));
}

void tst_FactsheetLayout::heading_movesWithWhatItHeads()
{
    auto *heading = new FixedBlock(m_style, 30, false, true);
    auto *headed = new FixedBlock(m_style, 100);
    const FactsheetLayout layout(blocks({new FixedBlock(m_style, 200), heading, headed}), nullptr,
                                 m_area);
    // The heading alone would fit under the first block; what it heads would not.
    QCOMPARE(layout.pages().size(), 2);
    QCOMPARE(layout.pages().at(0).size(), 1);
    QCOMPARE(layout.pages().at(1).at(0).block, heading);
    QCOMPARE(layout.pages().at(1).at(1).block, headed);
    QCOMPARE(rects(layout.pages().at(1)),
             (QList<QRectF>{QRectF(0, 0, 100, 30), QRectF(0, 30 + Gap, 100, 100)}));
}

void tst_FactsheetLayout::blockTallerThanAPage_getsTheWholePage()
{
    const FactsheetLayout layout(
        blocks({new FixedBlock(m_style, 500), new FixedBlock(m_style, 10)}), nullptr, m_area);
    QCOMPARE(layout.pages().size(), 2);
    // Clipped to the page instead of running off it.
    QCOMPARE(rects(layout.pages().at(0)), (QList<QRectF>{QRectF(0, 0, 100, 300)}));
    QCOMPARE(rects(layout.pages().at(1)), (QList<QRectF>{QRectF(0, 0, 100, 10)}));
}

QTEST_MAIN(tst_FactsheetLayout)
#include "tst_factsheetlayout.moc"

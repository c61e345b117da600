// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/keyfiguretile.h"

#include "core/textformat.h"
#include "widgets/panels/linecut.h"
#include "widgets/panels/wrappedlabel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace sharaka {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new WrappedLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // dataset text is never markup
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setWordWrap(true);
    return label;
}

} // namespace

KeyFigureTile::KeyFigureTile(QWidget *parent)
    : QFrame(parent)
    , m_value(plainLabel(this, QStringLiteral("keyFigureValue")))
    , m_label(plainLabel(this, QStringLiteral("keyFigureLabel")))
    , m_qualifier(plainLabel(this, QStringLiteral("keyFigureQualifier")))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    // All tiles of a row as tall as the tallest, its label wrapped as needed.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    m_value->setWordWrap(false);
    // A figure reads left to right in every language: "800+", never "+800".
    m_value->setLayoutDirection(Qt::LeftToRight);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = m_qualifier->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_qualifier->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 3);
    layout->setSpacing(0);
    layout->addWidget(m_value);
    layout->addWidget(m_label);
    layout->addWidget(m_qualifier);
    layout->addStretch(1);
}

QString KeyFigureTile::indicatorTileName(const QString &indicatorId)
{
    return QStringLiteral("keyFigure-") + indicatorId;
}

QString KeyFigureTile::moneyTileName(const QString &figureId)
{
    return QStringLiteral("keyFigure-money-") + figureId;
}

void KeyFigureTile::showIndicator(const Dataset &dataset, const Indicator &indicator,
                                  Language language)
{
    m_indicatorId = indicator.id;
    m_chartId.clear();
    setObjectName(indicatorTileName(indicator.id));
    const QLocale locale = localeFor(language);
    m_value->setText(TextFormat::indicatorValue(indicator, locale));
    setLabel(indicator.label.text(language));
    const bool lowerBound = indicator.qualifier == Qualifier::AtLeast;
    m_qualifier->setText(lowerBound
                             ? tr("lower bound: at least %1").arg(locale.toString(indicator.value))
                             : QString());
    m_qualifier->setVisible(lowerBound);

    const QString sources = TextFormat::sourcesLine(dataset, indicator.sourceIds, language);
    const QString plainValue = TextFormat::indicatorValuePlain(indicator, locale);
    QStringList about{indicator.description.text(language)};
    if (lowerBound)
        about.append(qualifierText());
    about.append(sources);
    about.removeAll(QString());
    setToolTip(TextFormat::toolTip(about.join(QLatin1Char('\n'))));
    setAccessibleName(
        tr("%1: %2").arg(TextFormat::isolate(indicator.label.text(language)), plainValue));
    setAccessibleDescription(about.join(QStringLiteral(" ")) + QLatin1Char(' ') +
                             tr("Press Enter to show its chart."));
}

void KeyFigureTile::showMoney(const ActivityFigures::MoneyFigure &figure, const QString &chartId)
{
    m_indicatorId.clear();
    m_chartId = chartId;
    setObjectName(moneyTileName(figure.id));
    m_value->setText(figure.value);
    setLabel(figure.label);
    m_qualifier->setText(figure.qualifier);
    m_qualifier->setVisible(!figure.qualifier.isEmpty());
    // Program words and figures only: no file text reaches these labels.
    QStringList about{figure.qualifier, tr("Press Enter to show its chart.")};
    about.removeAll(QString());
    setToolTip(TextFormat::toolTip(figure.qualifier));
    setAccessibleName(tr("%1: %2").arg(figure.label, figure.value));
    setAccessibleDescription(about.join(QLatin1Char(' ')));
}

void KeyFigureTile::activate()
{
    if (m_indicatorId.isEmpty())
        emit chartActivated(m_chartId);
    else
        emit activated(m_indicatorId);
}

QString KeyFigureTile::valueText() const
{
    return m_value->text().remove(QChar(0x200E));
}

QString KeyFigureTile::labelText() const
{
    return m_fullLabel;
}

QString KeyFigureTile::shownLabelText() const
{
    return m_label->text();
}

void KeyFigureTile::setLabel(const QString &text)
{
    m_fullLabel = text;
    m_labelWidth = -1;
    showLabel();
}

void KeyFigureTile::showLabel()
{
    const int width = placedTextWidth(m_label);
    if (width == m_labelWidth)
        return;
    m_labelWidth = width;
    bool cut = false;
    m_label->setText(cutToLines(m_fullLabel, m_label->font(), width, MaximumLabelLines,
                                m_label->layoutDirection(), &cut));
    m_label->setToolTip(cut ? TextFormat::toolTip(m_fullLabel) : QString());
}

void KeyFigureTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // The layout has given the label its new width.
    showLabel();
}

QString KeyFigureTile::qualifierText() const
{
    return m_qualifier->text();
}

void KeyFigureTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        activate();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KeyFigureTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void KeyFigureTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(rect().adjusted(1, 1, -1, -1));
}

void KeyFigureTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void KeyFigureTile::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

} // namespace sharaka

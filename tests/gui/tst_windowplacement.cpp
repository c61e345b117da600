// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/windowplacement.h"

#include <QScreen>
#include <QSplitter>
#include <QTest>
#include <QWidget>

#include <functional>

using namespace sharaka;

/// WindowPlacement on its own: a remembered geometry or splitter state that
/// no longer suits the screen (or was crafted) is corrected, not applied.
class tst_WindowPlacement : public QObject
{
    Q_OBJECT

private slots:
    void windowLargerThanTheScreen_isShrunk();
    void windowOffScreen_isMovedBack();
    void windowOnScreen_staysWhereItIs();
    void splitterState_appliedWhenItKeepsTheLayout();
    void splitterState_refusedWhenItChangesTheLayout_data();
    void splitterState_refusedWhenItChangesTheLayout();

private:
    static QSplitter *twoPanes(QWidget *parent = nullptr)
    {
        auto *splitter = new QSplitter(Qt::Horizontal, parent);
        splitter->addWidget(new QWidget);
        splitter->addWidget(new QWidget);
        splitter->setChildrenCollapsible(false);
        splitter->resize(600, 300);
        return splitter;
    }
};

void tst_WindowPlacement::windowLargerThanTheScreen_isShrunk()
{
    QWidget window;
    const QRect available = window.screen()->availableGeometry();
    window.setGeometry(available.left(), available.top(), available.width() * 3,
                       available.height() * 2);
    WindowPlacement::keepOnScreen(&window);
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    QCOMPARE(window.size(), available.size());
}

void tst_WindowPlacement::windowOffScreen_isMovedBack()
{
    QWidget window;
    const QRect available = window.screen()->availableGeometry();
    window.setGeometry(available.right() + 5000, available.bottom() + 3000, 200, 100);
    WindowPlacement::keepOnScreen(&window);
    QCOMPARE(window.size(), QSize(200, 100));
    // Moved only as far as needed: into the bottom right corner.
    QCOMPARE(window.frameGeometry().bottomRight(), available.bottomRight());

    window.setGeometry(available.left() - 9000, available.top() - 7000, 200, 100);
    WindowPlacement::keepOnScreen(&window);
    QCOMPARE(window.frameGeometry().topLeft(), available.topLeft());
}

void tst_WindowPlacement::windowOnScreen_staysWhereItIs()
{
    QWidget window;
    const QRect available = window.screen()->availableGeometry();
    const QRect inside(available.topLeft() + QPoint(10, 20), QSize(200, 100));
    window.setGeometry(inside);
    WindowPlacement::keepOnScreen(&window);
    QCOMPARE(window.geometry(), inside);
}

void tst_WindowPlacement::splitterState_appliedWhenItKeepsTheLayout()
{
    QWidget window;
    QSplitter *saved = twoPanes(&window);
    saved->setSizes({150, 450});
    const QByteArray state = saved->saveState();

    QSplitter *restored = twoPanes(&window);
    const QList<int> before = restored->sizes();
    QVERIFY(!WindowPlacement::restoreSplitter(restored, QByteArray())); // nothing saved yet
    QCOMPARE(restored->sizes(), before);
    QVERIFY(WindowPlacement::restoreSplitter(restored, state));
    QCOMPARE(restored->sizes(), saved->sizes());
    QVERIFY(restored->sizes() != before);
}

void tst_WindowPlacement::splitterState_refusedWhenItChangesTheLayout_data()
{
    QTest::addColumn<QByteArray>("state");
    const auto stateOf = [](const std::function<void(QSplitter *)> &change) {
        QWidget window;
        QSplitter *splitter = twoPanes(&window);
        change(splitter);
        return splitter->saveState();
    };
    QTest::addRow("turned vertical")
        << stateOf([](QSplitter *splitter) { splitter->setOrientation(Qt::Vertical); });
    QTest::addRow("500-pixel handle")
        << stateOf([](QSplitter *splitter) { splitter->setHandleWidth(500); });
    QTest::addRow("collapsed pane") << stateOf([](QSplitter *splitter) {
        splitter->setChildrenCollapsible(true);
        splitter->setSizes({0, 600});
    });
    QTest::addRow("not a splitter state") << QByteArray("garbage, not a state");
}

void tst_WindowPlacement::splitterState_refusedWhenItChangesTheLayout()
{
    QFETCH(QByteArray, state);
    QWidget window;
    QSplitter *splitter = twoPanes(&window);
    splitter->setSizes({200, 400});
    const QList<int> sizes = splitter->sizes();
    const int handle = splitter->handleWidth();
    QVERIFY(!WindowPlacement::restoreSplitter(splitter, state));
    QCOMPARE(splitter->orientation(), Qt::Horizontal);
    QCOMPARE(splitter->handleWidth(), handle);
    QVERIFY(!splitter->childrenCollapsible());
    QCOMPARE(splitter->sizes(), sizes);
}

QTEST_MAIN(tst_WindowPlacement)
#include "tst_windowplacement.moc"

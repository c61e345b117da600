// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/targetformat.h"

#include <QTest>

using namespace sharaka;

/// Baseline, target and "% of target" in words, for tooltips, tables and
/// accessible descriptions.
class tst_TargetFormat : public QObject
{
    Q_OBJECT

private slots:
    void countTowardsTarget();
    void lowerIsBetter_readsAsReachedUnderTarget();
    void percentage_unitInEachLanguage();
    void noFramework_saysNothing();
};

namespace {

Indicator indicator(qint64 value, std::optional<double> target, std::optional<double> baseline)
{
    Indicator result;
    result.value = value;
    result.target = target;
    result.baseline = baseline;
    return result;
}

} // namespace

void tst_TargetFormat::countTowardsTarget()
{
    const Indicator wells = indicator(23, 30, 5);
    QCOMPARE(TargetFormat::percentOfTarget(wells).value(), 23.0 * 100 / 30);
    QCOMPARE(TargetFormat::targetReached(wells), std::optional<bool>(false));
    QCOMPARE(TargetFormat::lines(wells, Language::English),
             (QStringList{QStringLiteral("Target: 30"), QStringLiteral("Baseline: 5"),
                          QStringLiteral("77% of target"), QStringLiteral("Target not reached")}));
    const Indicator beyond = indicator(1250, 1000, std::nullopt);
    QCOMPARE(TargetFormat::lines(beyond, Language::English),
             (QStringList{QStringLiteral("Target: 1,000"), QStringLiteral("125% of target"),
                          QStringLiteral("Target reached")}));
}

void tst_TargetFormat::lowerIsBetter_readsAsReachedUnderTarget()
{
    Indicator dry = indicator(18, 20, 40);
    dry.ascending = false;
    dry.unit = QStringLiteral("%");
    QCOMPARE(TargetFormat::targetReached(dry), std::optional<bool>(true));
    QCOMPARE(TargetFormat::lines(dry, Language::English),
             (QStringList{QStringLiteral("Target: 20%"), QStringLiteral("Baseline: 40%"),
                          QStringLiteral("90% of target"), QStringLiteral("Lower is better"),
                          QStringLiteral("Target reached")}));
    dry.value = 21;
    QCOMPARE(TargetFormat::targetReached(dry), std::optional<bool>(false));
}

void tst_TargetFormat::percentage_unitInEachLanguage()
{
    Indicator share = indicator(13, 12.5, std::nullopt);
    share.unit = QStringLiteral("%");
    QCOMPARE(TargetFormat::figure(12.5, share, Language::English), QStringLiteral("12.5%"));
    QCOMPARE(TargetFormat::figure(12.5, share, Language::French), QStringLiteral("12,5\u00a0%"));
    QCOMPARE(TargetFormat::figure(12.5, share, Language::Arabic), QStringLiteral("12,5%"));
}

void tst_TargetFormat::noFramework_saysNothing()
{
    QCOMPARE(TargetFormat::lines(indicator(46, std::nullopt, std::nullopt), Language::English),
             QStringList());
    QCOMPARE(TargetFormat::percentOfTargetText(indicator(5, 0, std::nullopt), Language::English),
             QString());
}

QTEST_GUILESS_MAIN(tst_TargetFormat)
#include "tst_targetformat.moc"

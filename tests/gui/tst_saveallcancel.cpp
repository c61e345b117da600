// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/dashboardstate.h"
#include "core/io/datasetloader.h"
#include "core/settings.h"
#include "support/largedataset.h"
#include "widgets/export/saveallcharts.h"

#include <QDir>
#include <QImage>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace sharaka;

namespace {

/// Presses Cancel on the Save All progress dialog as soon as it shows.
class CancelOnShow final : public QObject
{
public:
    int cancelled = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show &&
            watched->objectName() == QLatin1String("saveAllProgress")) {
            if (auto *progress = qobject_cast<QProgressDialog *>(watched)) {
                progress->cancel();
                ++cancelled;
            }
        }
        return false;
    }
};

} // namespace

/// File ▸ Save All Charts, cancelled from its progress dialog: it stops
/// between files, says so, and keeps what it saved.
class tst_SaveAllCancel : public QObject
{
    Q_OBJECT

private slots:
    void cancel_stopsBetweenFilesAndKeepsWhatWasSaved();
};

void tst_SaveAllCancel::cancel_stopsBetweenFilesAndKeepsWhatWasSaved()
{
    // Enough charts in three languages that saving outlasts the dialog's
    // 300 ms delay before it shows.
    testing::LargeDatasetSize size;
    size.countries = 10;
    size.indicators = 40;
    size.charts = 20;
    size.milestones = 10;
    const LoadResult loaded =
        DatasetLoader::loadBytes(testing::generateLargeDataset(size), QStringLiteral("large"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));

    QWidget window;
    window.show();
    DashboardState state(Language::English);
    state.setDataset(shareDataset(*loaded.dataset), QStringLiteral("large"));
    Settings settings;
    SaveAllChartsCommand command(&state, &settings, &window);
    CancelOnShow canceller;
    qApp->installEventFilter(&canceller);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SaveAllChartsCommand::Result result =
        command.saveAll(dir.path(), ExportFormat::Png, ExportOptions(), true);
    qApp->removeEventFilter(&canceller);

    QCOMPARE(canceller.cancelled, 1);
    QVERIFY(result.cancelled);
    QCOMPARE(result.errors, QStringList());
    // Stopped before the last of the 3 × 20 files; every file it names is whole on disk.
    QVERIFY2(result.written.size() < 60, qPrintable(QString::number(result.written.size())));
    for (const QString &path : result.written)
        QVERIFY2(!QImage(path).isNull(), qPrintable(path));
    int onDisk = 0;
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")})
        onDisk += int(QDir(dir.filePath(language)).entryList(QDir::Files).size());
    QCOMPARE(onDisk, int(result.written.size()));
}

QTEST_MAIN(tst_SaveAllCancel)
#include "tst_saveallcancel.moc"

// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/datasetloader.h"
#include "core/io/datasetsource.h"
#include "core/settings.h"
#include "support/iatigenerator.h"
#include "widgets/export/chartexportactions.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/open/datasetcontroller.h"
#include "widgets/open/iatifileopener.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/plaintextwidgets.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGraphicsView>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace sharaka;

namespace {

/// Watches a FIFO from a thread of its own: opening its writing end without
/// blocking succeeds only while someone has it open for reading, so a
/// success means the program tried to read it (an <img src=FIFO> rendered).
/// The watcher then closes it again, so the reader sees the end of the file
/// instead of freezing the test.
class FifoWatcher
{
public:
    explicit FifoWatcher(QByteArray path)
        : m_path(std::move(path))
        , m_thread([this] { watch(); })
    {}
    ~FifoWatcher()
    {
        m_stop = true;
        m_thread.join();
    }
    bool opened() const { return m_opened; }

private:
    void watch()
    {
        while (!m_stop) {
            const int fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd >= 0) {
                m_opened = true;
                ::close(fd);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }

    QByteArray m_path;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_opened{false};
    std::thread m_thread;
};

/// Every text in the dataset's languages replaced with @p text.
void replaceTexts(QJsonValueRef value, const QString &text)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (QJsonValueRef item : array)
            replaceTexts(item, text);
        value = array;
    } else if (value.isObject()) {
        QJsonObject object = value.toObject();
        const bool localized = object.contains(QLatin1String("en"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (localized && it.value().isString())
                it.value() = text;
            else
                replaceTexts(it.value(), text);
        }
        value = object;
    }
}

/// Text that Qt would show as rich text and that still has a tag from the
/// data in it: an <img> there makes Qt read its file.
bool unsafe(const QString &text)
{
    return Qt::mightBeRichText(text) && text.contains(QLatin1String("<img"), Qt::CaseInsensitive);
}

} // namespace

/// The window on a dataset whose every text is <img src="FIFO">: every
/// tooltip, accessible text, window title, status text and label is walked
/// (and every tooltip shown), and none may render the tag, so the FIFO is
/// never opened. The watcher would see it opened; a renderer that read it
/// without the watcher would freeze here, which the test's time limit fails.
class tst_HostileWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyText_isPlain_data();
    void everyText_isPlain();
    void everyToolTipShown_isPlain();
    void iatiReloadProgress_showsIdentifierAsTyped();
    void saveDataAs_overTheOpenFile_isRefused();

private:
    void checkWidget(QWidget *widget, QStringList *problems) const;
    void checkModel(const QAbstractItemModel *model, const QString &where,
                    QStringList *problems) const;

    QTemporaryDir m_dir;
    QString m_datasetPath;
    QByteArray m_fifo;
    QString m_tag;
    std::unique_ptr<FifoWatcher> m_watcher;
    LanguageManager *m_languages = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void tst_HostileWidgets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fifo = QFile::encodeName(m_dir.filePath(QStringLiteral("fifo.png")));
    QCOMPARE(::mkfifo(m_fifo.constData(), 0600), 0);
    m_tag = QStringLiteral("<img src=\"%1\"> <b>x</b>").arg(QFile::decodeName(m_fifo));
    m_watcher = std::make_unique<FifoWatcher>(m_fifo);

    QFile markup(QStringLiteral(SHARAKA_HOSTILE_DIR "/markup.json"));
    QVERIFY(markup.open(QIODevice::ReadOnly));
    QJsonObject data = QJsonDocument::fromJson(markup.readAll()).object();
    for (auto it = data.begin(); it != data.end(); ++it)
        replaceTexts(it.value(), m_tag);
    const QString path = m_dir.filePath(QStringLiteral("all-img.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(data).toJson());
    file.close();
    m_datasetPath = path;
    const LoadResult loaded = DatasetLoader::loadFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QVERIFY(!loaded.dataset->milestones.isEmpty());
    QVERIFY(!loaded.dataset->countries.isEmpty());

    m_languages = new LanguageManager(new Settings(this), this);
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(m_languages, m_languages->settings());
    m_window->datasetController()->showLoadedFile(*loaded.dataset, path, QString());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_HostileWidgets::cleanupTestCase()
{
    m_window.reset();
    QVERIFY2(!m_watcher->opened(), "the FIFO named by an <img> tag was opened");
    m_watcher.reset();
}

void tst_HostileWidgets::checkModel(const QAbstractItemModel *model, const QString &where,
                                    QStringList *problems) const
{
    for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (const int role :
                 {int(Qt::ToolTipRole), int(Qt::WhatsThisRole), int(Qt::StatusTipRole),
                  int(Qt::AccessibleTextRole), int(Qt::AccessibleDescriptionRole)}) {
                const QString text = index.data(role).toString();
                if (unsafe(text))
                    problems->append(QStringLiteral("%1 (%2,%3) role %4: %5")
                                         .arg(where, QString::number(row), QString::number(column),
                                              QString::number(role), text));
            }
        }
    }
}

void tst_HostileWidgets::checkWidget(QWidget *widget, QStringList *problems) const
{
    const QString where = QString::fromLatin1(widget->metaObject()->className()) +
                          QLatin1Char(' ') + widget->objectName();
    const auto check = [&](const char *what, const QString &text) {
        if (unsafe(text))
            problems->append(where + QLatin1Char(' ') + QLatin1String(what) + QStringLiteral(": ") +
                             text);
    };
    check("toolTip", widget->toolTip());
    check("statusTip", widget->statusTip());
    check("whatsThis", widget->whatsThis());
    check("windowTitle", widget->windowTitle());
    // Accessible texts are plain text by definition: the tag as typed, never
    // escaped into entities that a screen reader would spell out.
    for (const QString &text : {widget->accessibleName(), widget->accessibleDescription()}) {
        if (text.contains(QLatin1String("&lt;")))
            problems->append(where + QStringLiteral(" accessible text escaped: ") + text);
    }
    if (const auto *label = qobject_cast<QLabel *>(widget)) {
        if (label->textFormat() != Qt::PlainText)
            check("label text", label->text());
    }
    if (const auto *button = qobject_cast<QAbstractButton *>(widget))
        check("button text", button->text());
    if (const auto *bar = qobject_cast<QStatusBar *>(widget))
        check("status bar", bar->currentMessage());
    if (const auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
        checkModel(view->model(), where, problems);
    for (const QAction *action : widget->actions()) {
        check("action toolTip", action->toolTip());
        check("action statusTip", action->statusTip());
        if (const QMenu *menu = action->menu()) {
            for (const QAction *item : menu->actions())
                check("menu item toolTip", item->toolTip());
        }
    }
}

void tst_HostileWidgets::everyText_isPlain_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("en") << Language::English;
    QTest::newRow("fr") << Language::French;
    QTest::newRow("ar") << Language::Arabic;
}

void tst_HostileWidgets::everyText_isPlain()
{
    QFETCH(Language, language);
    m_languages->setLanguage(language);
    QStringList problems;
    checkWidget(m_window.get(), &problems);
    for (QWidget *widget : m_window->findChildren<QWidget *>())
        checkWidget(widget, &problems);
    // Reached at all: the walk saw the dataset's texts.
    const auto withTag = [this](const QString &text) {
        return text.contains(m_tag);
    };
    const QList<QWidget *> all = m_window->findChildren<QWidget *>();
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const QWidget *widget) {
        return withTag(widget->accessibleName()) || withTag(widget->accessibleDescription());
    }));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(!m_watcher->opened(), "the FIFO named by an <img> tag was opened");
}

void tst_HostileWidgets::everyToolTipShown_isPlain()
{
    // Custom tooltips (a country on the map, a bar, a milestone) are shown
    // by QToolTip from event handlers: ask every visible widget for one over
    // a grid of points, with a hover first, and check what QToolTip shows.
    m_languages->setLanguage(Language::English);
    QStringList problems;
    int shown = 0;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->width() < 4 || widget->height() < 4)
            continue;
        for (int i = 1; i < 8; ++i) {
            for (int j = 1; j < 6; ++j) {
                const QPoint point(widget->width() * i / 8, widget->height() * j / 6);
                QTest::mouseMove(widget, point);
                QHelpEvent help(QEvent::ToolTip, point, widget->mapToGlobal(point));
                QApplication::sendEvent(widget, &help);
                if (QToolTip::isVisible()) {
                    ++shown;
                    if (unsafe(QToolTip::text()))
                        problems.append(QString::fromLatin1(widget->metaObject()->className()) +
                                        QStringLiteral(": ") + QToolTip::text());
                    QToolTip::hideText();
                }
            }
        }
    }
    QVERIFY2(shown > 10, qPrintable(QString::number(shown)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(!m_watcher->opened(), "the FIFO named by an <img> tag was opened");
}

void tst_HostileWidgets::iatiReloadProgress_showsIdentifierAsTyped()
{
    // The progress dialog of an IATI file quotes the activity's identifier.
    const QString path = m_dir.filePath(QStringLiteral("big.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    testing::IatiFileShape shape;
    shape.activities = 2;
    shape.transactionsPerActivity = 20000;
    QVERIFY(testing::writeIatiFile(file, shape));
    file.close();

    QStringList seen;
    QTimer probe;
    probe.setInterval(1);
    connect(&probe, &QTimer::timeout, this, [&seen] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QProgressDialog *>(top);
            if (!dialog || !dialog->isVisible())
                continue;
            for (const QLabel *label : dialog->findChildren<QLabel *>()) {
                seen.append(label->text());
                if (label->textFormat() != Qt::PlainText)
                    seen.append(QStringLiteral("NOT PLAIN"));
            }
            dialog->cancel();
        }
    });
    probe.start();
    const std::unique_ptr<DatasetSource> source = DatasetSource::forFile(path, path);
    DatasetChoice choice;
    choice.identifier = m_tag;
    const IatiFileOpener::Outcome outcome =
        IatiFileOpener::open(m_window.get(), *source, Language::English, choice);
    probe.stop();
    // An unknown identifier; what matters is how the dialog showed it.
    QVERIFY(!outcome.result.ok());
    if (seen.isEmpty())
        QSKIP("the file was read before the progress dialog appeared");
    QVERIFY2(!seen.contains(QStringLiteral("NOT PLAIN")), qPrintable(seen.join(u'\n')));
    QVERIFY2(std::any_of(seen.cbegin(), seen.cend(),
                         [this](const QString &text) { return text.contains(m_tag); }),
             qPrintable(seen.join(u'\n')));
    QVERIFY2(!m_watcher->opened(), "the FIFO named by an <img> tag was opened");
}

void tst_HostileWidgets::saveDataAs_overTheOpenFile_isRefused()
{
    const QByteArray before = [this] {
        QFile file(m_datasetPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());
    QVERIFY(!m_window->chartPanels().isEmpty());
    ChartExportActions *actions = m_window->chartPanels().constFirst()->exportActions();
    const QString symlink = m_dir.filePath(QStringLiteral("link-to-open.csv"));
    QVERIFY(QFile::link(m_datasetPath, symlink));
    for (const QString &target : {m_datasetPath, symlink}) {
        QCOMPARE(actions->saveDataTo(target),
                 QStringLiteral("Cannot write %1: is the dataset file being read; it is never "
                                "replaced, choose another file")
                     .arg(target));
        QCOMPARE(actions->saveChartTo(target, ExportFormat::Svg, ExportOptions()),
                 QStringLiteral("Cannot write %1: is the dataset file being read; it is never "
                                "replaced, choose another file")
                     .arg(target));
    }
    QFile file(m_datasetPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    // Another file is written as before.
    QCOMPARE(actions->saveDataTo(m_dir.filePath(QStringLiteral("other.csv"))), QString());
}

QTEST_MAIN(tst_HostileWidgets)
#include "tst_hostilewidgets.moc"

// icp-assistant started as a real process (offscreen): it opens the database and
// shows the list; a database it cannot open is reported, not a crash; the screenshot
// tour shows every screen, the documents work and the scanner dialog.
#include "wizard/ApplicationWizard.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAssistant : public QObject
{
    Q_OBJECT

    static int run(const QStringList& arguments, QString* err = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(ASSISTANT_PATH), arguments);
        if (!process.waitForFinished(240000))
            return -1;
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void startsOnANewDatabaseAndShowsTheList_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }

    void startsOnANewDatabaseAndShowsTheList()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"new/icp.sqlite"_s); // the folder does not exist yet
        const QString shot = dir.filePath(u"main.png"_s);
        QString err;
        QCOMPARE(run({u"--db"_s, db, u"--lang"_s, language, u"--screenshot"_s, shot}, &err), 0);
        QVERIFY2(QFile::exists(db), qPrintable(err));
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }

    // The pages in tour order: the scanner dialog right after the Documents page it is
    // opened from.
    static QStringList tourPages()
    {
        QStringList pages{u"empty"_s, u"applications"_s};
        for (const QString& key : icp::ApplicationWizard::pageKeys()) {
            pages << key;
            if (key == "documents"_L1)
                pages << u"scanner"_s;
        }
        pages << u"licences"_s << u"settings"_s;
        return pages;
    }

    // Share of pixels that are exactly black: the test backend's grid in the scanner's
    // preview makes about 14 % of the dialog black; the dialog without a page, or the
    // main window, well under 1 % (text is anti-aliased).
    static double blackShare(const QImage& image)
    {
        qint64 black = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                black += (image.pixel(x, y) & 0xffffff) == 0 ? 1 : 0;
        return double(black) / (double(image.width() / 2) * (image.height() / 2));
    }

    // Runs with SANE_CONFIG_DIR=tests/sane (ctest): the test backend is the scanner.
    // The exit code covers the documents work: attaching the generated commitment letter
    // through the checklist and showing it in the viewer report an error when they fail.
    void theScreenshotTourShowsEveryScreenInBothLanguages()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SANE_CONFIG_DIR"), "ctest sets SANE_CONFIG_DIR=tests/sane");
        QTemporaryDir dir;
        const QString shots = dir.filePath(u"tour"_s);
        QString err;
        QCOMPARE(run({u"--screenshot-tour"_s, shots}, &err), 0);
        const QStringList pages = tourPages();
        QCOMPARE(pages.size(), 15);
        QCOMPARE(QDir(shots).entryList({u"*.png"_s}, QDir::Files).size(), 2 * pages.size());
        for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
            QHash<QString, QImage> images;
            for (int i = 0; i < pages.size(); ++i) {
                const QString name =
                    u"%1-%2-%3.png"_s.arg(language).arg(i + 1, 2, 10, QChar(u'0')).arg(pages.at(i));
                const QImage image(QDir(shots).filePath(name));
                QVERIFY2(!image.isNull(), qPrintable(name + u": "_s + err));
                images.insert(pages.at(i), image);
                // Not a blank picture: a grid of samples finds text, frames and background.
                QSet<QRgb> colours;
                for (int y = 0; y < image.height(); y += 7)
                    for (int x = 0; x < image.width(); x += 7)
                        colours.insert(image.pixel(x, y));
                QVERIFY2(colours.size() >= 8, qPrintable(name));
                if (pages.at(i) != "scanner"_L1)
                    QCOMPARE(image.size(), QSize(1440, 900));
            }
            // The scanner shot is the dialog's own window, not the main window again, and
            // its preview holds the scanned page.
            const QImage scanner = images.value(u"scanner"_s);
            const QImage documents = images.value(u"documents"_s);
            QVERIFY2(scanner.size() != documents.size(), qPrintable(language));
            QVERIFY(scanner.width() >= 500 && scanner.height() >= 400);
            QVERIFY(scanner.width() < 1440 && scanner.height() < 900);
            const double share = blackShare(scanner);
            QVERIFY2(share > 0.08,
                     qPrintable(u"%1: %2 of the scanner shot is black"_s.arg(language).arg(share)));
            QVERIFY2(blackShare(documents) < 0.04, qPrintable(language));
        }
    }

    // --page opens on a page; another name is a usage error (exit 1, the names listed) before
    // anything is opened.
    void thePageOptionNamesAPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("dashboard") << u"dashboard"_s << 0;
        QTest::newRow("settings") << u"settings"_s << 0;
        QTest::newRow("unknown") << u"portfolio"_s << 1;
        QTest::newRow("empty") << QString() << 1;
    }
    void thePageOptionNamesAPage()
    {
        QFETCH(QString, page);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"icp.sqlite"_s);
        QString err;
        QCOMPARE(
            run({u"--db"_s, db, u"--page"_s, page, u"--screenshot"_s, dir.filePath(u"page.png"_s)}, &err),
            exitCode);
        if (exitCode == 0) {
            QVERIFY(!QImage(dir.filePath(u"page.png"_s)).isNull());
            return;
        }
        QVERIFY2(err.contains(u"\"%1\""_s.arg(page)), qPrintable(err));
        QVERIFY2(err.contains(u"dashboard, applications, licences, settings"_s), qPrintable(err));
        QVERIFY(!QFile::exists(db)); // refused before the database was opened
    }

    void anUnreadableDatabaseIsReported()
    {
        QTemporaryDir dir;
        QFile garbage(dir.filePath(u"garbage.sqlite"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(16384, 'x'));
        garbage.close();
        QString err;
        QCOMPARE(run({u"--db"_s, garbage.fileName(), u"--screenshot"_s, dir.filePath(u"x.png"_s)}, &err), 2);
        QVERIFY2(err.contains(u"garbage.sqlite"_s), qPrintable(err));
        // Nothing already saved is touched: the file is as it was.
        QVERIFY(garbage.open(QIODevice::ReadOnly));
        QCOMPARE(garbage.readAll(), QByteArray(16384, 'x'));
    }
};

QTEST_GUILESS_MAIN(TestAssistant)
#include "tst_assistant.moc"

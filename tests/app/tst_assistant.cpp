// icp-assistant started as a real process (offscreen): it opens the database and
// shows the list; a database it cannot open is reported, not a crash.
#include "wizard/ApplicationWizard.h"

#include <QDir>
#include <QFile>
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
        process.start(QStringLiteral(ASSISTANT_PATH), arguments);
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

    void theScreenshotTourShowsEveryScreenInBothLanguages()
    {
        QTemporaryDir dir;
        const QString shots = dir.filePath(u"tour"_s);
        QString err;
        QCOMPARE(run({u"--screenshot-tour"_s, shots}, &err), 0);
        QStringList pages{u"empty"_s, u"applications"_s};
        pages << icp::ApplicationWizard::pageKeys() << u"licences"_s << u"settings"_s;
        for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
            for (int i = 0; i < pages.size(); ++i) {
                const QString name =
                    u"%1-%2-%3.png"_s.arg(language).arg(i + 1, 2, 10, QChar(u'0')).arg(pages.at(i));
                const QImage image(QDir(shots).filePath(name));
                QVERIFY2(!image.isNull(), qPrintable(name + u": "_s + err));
                QCOMPARE(image.size(), QSize(1440, 900));
                // Not a blank picture: a grid of samples finds text, frames and background.
                QSet<QRgb> colours;
                for (int y = 0; y < image.height(); y += 7)
                    for (int x = 0; x < image.width(); x += 7)
                        colours.insert(image.pixel(x, y));
                QVERIFY2(colours.size() >= 8, qPrintable(name));
            }
        }
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

// The scanner dialog (offscreen) with SANE's test backend: devices, options, scanning
// with progress, several pages, cancel, saving as PDF and PNG.
#include "DialogProvider.h"
#include "documents/DocumentInspection.h"
#include "documents/ScannerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace icp;

class TestScannerDialog : public QObject
{
    Q_OBJECT

private:
    ScriptedDialogProvider m_dialogs; // a failed save is recorded, never shown
    std::unique_ptr<ScannerDialog> m_dialog;

    QComboBox* combo(const char* name) const { return m_dialog->findChild<QComboBox*>(QLatin1String(name)); }
    QPushButton* button(const char* name) const
    {
        return m_dialog->findChild<QPushButton*>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A cancelled reader may write into the pipe its sane_cancel() closed; see
        // tst_scanner.cpp.
        std::signal(SIGPIPE, SIG_IGN);
    }

    void init()
    {
        m_dialog = std::make_unique<ScannerDialog>(m_dialogs);
        m_dialog->setExtraOptions({{u"test-picture"_s, u"Color pattern"_s}});
        QSignalSpy listed(m_dialog.get(), &ScannerDialog::devicesListed);
        m_dialog->show();
        QVERIFY(listed.wait(20000));
        QVERIFY(listed.constFirst().at(0).toInt() >= 1);
        combo("scannerDeviceCombo")->setCurrentIndex(combo("scannerDeviceCombo")->findData(u"test:0"_s));
        combo("scannerResolutionCombo")->setCurrentIndex(combo("scannerResolutionCombo")->findData(75));
    }
    void cleanup() { m_dialog.reset(); }

    void optionsComeFromTheDevice()
    {
        // SANE's values are the items' data; the text is the user's language.
        QVERIFY(combo("scannerModeCombo")->findData(u"Color"_s) >= 0);
        QCOMPARE(combo("scannerModeCombo")->currentData().toString(), u"Color"_s);
        QCOMPARE(combo("scannerModeCombo")->currentText(), u"Colour"_s);
        QVERIFY(combo("scannerSourceCombo")->findData(u"Automatic Document Feeder"_s) >= 0);
        QVERIFY(combo("scannerSourceCombo")->findText(u"Document feeder"_s) >= 0);
        QVERIFY(combo("scannerResolutionCombo")->findData(300) >= 0);
        for (const char* name :
             {"scannerDeviceCombo", "scannerResolutionCombo", "scannerModeCombo", "scannerSourceCombo",
              "scanPageButton", "cancelScanButton", "saveScanButton", "scannedPageList", "scanProgress"}) {
            auto* w = m_dialog->findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(w && !w->accessibleName().isEmpty(), name);
        }
        QVERIFY(!button("saveScanButton")->isEnabled()); // nothing scanned yet
    }

    void scanTwoPagesAndSaveAsPdf()
    {
        QSignalSpy scanned(m_dialog.get(), &ScannerDialog::pageScanned);
        QTest::mouseClick(button("scanPageButton"), Qt::LeftButton);
        QVERIFY(scanned.wait(20000));
        QTest::mouseClick(button("scanPageButton"), Qt::LeftButton);
        QVERIFY(scanned.wait(20000));
        QCOMPARE(m_dialog->pages().size(), 2);
        QCOMPARE(m_dialog->findChild<QListWidget*>(u"scannedPageList"_s)->count(), 2);
        QSignalSpy saved(m_dialog.get(), &ScannerDialog::saved);
        combo("scannerFormatCombo")->setCurrentIndex(combo("scannerFormatCombo")->findData(u"pdf"_s));
        QTest::mouseClick(button("saveScanButton"), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        const Inspection in = inspectDocument(saved.constFirst().at(0).toString());
        QVERIFY2(in.readable(), qPrintable(in.message));
        QCOMPARE(in.format, FileFormat::Pdf);
        QCOMPARE(in.pageCount, 2);
    }

    void feederScansAllPagesAndPngKeepsTheFirst()
    {
        combo("scannerSourceCombo")
            ->setCurrentIndex(combo("scannerSourceCombo")->findData(u"Automatic Document Feeder"_s));
        auto* all = m_dialog->findChild<QCheckBox*>(u"scannerAllPagesCheck"_s);
        QVERIFY(all->isEnabled());
        all->setChecked(true);
        QSignalSpy scanned(m_dialog.get(), &ScannerDialog::pageScanned);
        m_dialog->scan();
        QVERIFY(scanned.wait(30000));
        QCOMPARE(m_dialog->pages().size(), 10);
        combo("scannerFormatCombo")->setCurrentIndex(combo("scannerFormatCombo")->findData(u"png"_s));
        QVERIFY(m_dialog->save());
        const Inspection in = inspectDocument(m_dialog->savedPath());
        QCOMPARE(in.format, FileFormat::Png);
        QCOMPARE(in.pages.constFirst().pixelSize, m_dialog->pages().constFirst().size());
    }

    void cancelLeavesNoPage()
    {
        combo("scannerResolutionCombo")->setCurrentIndex(combo("scannerResolutionCombo")->findData(600));
        m_dialog->scan();
        QVERIFY(m_dialog->isBusy());
        QTest::mouseClick(button("cancelScanButton"), Qt::LeftButton);
        QVERIFY(!m_dialog->isBusy());
        QTest::qWait(200);
        QVERIFY(m_dialog->pages().isEmpty());
        QVERIFY(button("scanPageButton")->isEnabled());
    }

    // A slow scanner (the test backend waits 200 ms before each block: a 300 dpi colour
    // page takes about 16 s), on test:1 (the backend keeps options per device). Cancel
    // is taken at once: before any event is processed the dialog says cancelled and
    // every control works, and the next event-loop pass keeps it so. The worker stops
    // the device on its own (the time is printed, not asserted).
    void cancellingASlowPageIsImmediate_data()
    {
        QTest::addColumn<bool>("scanAgainAtOnce");
        QTest::newRow("then wait for the device") << false;
        QTest::newRow("then scan again while it stops") << true;
    }
    void cancellingASlowPageIsImmediate()
    {
        QFETCH(bool, scanAgainAtOnce);
        const QList<QPair<QString, QString>> slow{{u"test-picture"_s, u"Color pattern"_s},
                                                  {u"read-delay"_s, u"yes"_s},
                                                  {u"read-delay-duration"_s, u"200000"_s}};
        const QList<QPair<QString, QString>> fast{{u"test-picture"_s, u"Grid"_s}, {u"read-delay"_s, u"no"_s}};
        m_dialog->setExtraOptions(slow);
        combo("scannerDeviceCombo")->setCurrentIndex(combo("scannerDeviceCombo")->findData(u"test:1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->state(), ScannerDialog::State::Ready, 20000);
        combo("scannerResolutionCombo")->setCurrentIndex(combo("scannerResolutionCombo")->findData(300));
        m_dialog->scan();
        QCOMPARE(m_dialog->state(), ScannerDialog::State::Scanning);
        auto* progress = m_dialog->findChild<QProgressBar*>(u"scanProgress"_s);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 1, 20000); // mid-page: data flows
        QVERIFY(button("cancelScanButton")->isEnabled());

        QTest::mouseClick(button("cancelScanButton"), Qt::LeftButton);
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        const auto checkCancelled = [this] {
            QCOMPARE(m_dialog->state(), ScannerDialog::State::Cancelled);
            QVERIFY(!m_dialog->isBusy());
            QVERIFY(button("scanPageButton")->isEnabled());
            QVERIFY(!button("cancelScanButton")->isEnabled());
            QVERIFY(combo("scannerDeviceCombo")->isEnabled());
            QVERIFY(combo("scannerResolutionCombo")->isEnabled());
            QCOMPARE(m_dialog->findChild<QLabel*>(u"scanStatus"_s)->text(), u"Scanning was cancelled."_s);
            QVERIFY(m_dialog->pages().isEmpty());
        };
        checkCancelled();
        QCoreApplication::processEvents(); // one event-loop pass: the poll must not undo it
        checkCancelled();

        m_dialog->setExtraOptions(fast);
        if (scanAgainAtOnce) {
            // The new scan waits for the stopping one inside the worker, not in the UI.
            QSignalSpy scanned(m_dialog.get(), &ScannerDialog::pageScanned);
            m_dialog->scan();
            QCOMPARE(m_dialog->state(), ScannerDialog::State::Scanning);
            QVERIFY(scanned.wait(30000));
            qInfo("cancelled, then a new page scanned %lld ms later", sinceCancel.elapsed());
            QCOMPARE(m_dialog->pages().size(), 1);
            QCOMPARE(m_dialog->state(), ScannerDialog::State::Scanned);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!Scanner::busy(), 30000);
            qInfo("the cancelled worker stopped the device %lld ms after the click", sinceCancel.elapsed());
            QCOMPARE(m_dialog->state(), ScannerDialog::State::Cancelled);
            QVERIFY(m_dialog->pages().isEmpty()); // the cancelled page never arrives
        }
    }

    void screenshot()
    {
        const QString out = qEnvironmentVariable("ICP_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set ICP_SCREENSHOT_DIR to write screenshots");
        QSignalSpy scanned(m_dialog.get(), &ScannerDialog::pageScanned);
        m_dialog->scan();
        QVERIFY(scanned.wait(20000));
        QVERIFY(m_dialog->grab().save(out + u"/scanner-dialog.png"_s));
    }
};

QTEST_MAIN(TestScannerDialog)
#include "tst_scannerdialog.moc"

// File > Import licences…: the column mapping, the preview and the import off the UI thread
// (docs/portfolio.md "Registry and import"), on a real SQLite file and the example spreadsheets.
#include "registry/ImportDialog.h"
#include "store/Database.h"
#include "store/LicenceRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

QString example(const QString& name)
{
    return QString::fromUtf8(ICP_TEST_DATA_DIR "/registry/") + name;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewFollowsTheMappingAndTheImportSavesTheRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("refused");
        QTest::newRow("GB18030 from Excel") << u"registry-gb18030.csv"_s << 3 << 3 << 0;
        QTest::newRow("bad rows") << u"registry-bad-rows.csv"_s << 9 << 2 << 7;
    }
    void previewFollowsTheMappingAndTheImportSavesTheRows()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(int, created);
        QFETCH(int, refused);
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"icp.sqlite"_s));
        QVERIFY(db.ok());

        ImportDialog dialog(db.value()->opener(), example(file));
        dialog.show();
        QTRY_VERIFY(!dialog.isReading());
        QTRY_COMPARE(dialog.preview()->rowCount(), rows);
        auto* importButton = dialog.findChild<QPushButton*>(u"importButton"_s);
        QVERIFY(importButton && importButton->isEnabled());
        // The default mapping comes from the headers; the number column is the first.
        QCOMPARE(dialog.mapping().sourceOf(RegistryColumn::Number), 0);
        QCOMPARE(dialog.mappingBox(0)->currentData().toInt(), int(RegistryColumn::Number));

        // Bad rows show their problems in the preview.
        int withProblems = 0;
        for (int r = 0; r < dialog.preview()->rowCount(); ++r)
            withProblems +=
                dialog.preview()->item(r, dialog.preview()->columnCount() - 1)->text().isEmpty() ? 0 : 1;
        QCOMPARE(withProblems, refused);

        // Ignoring the number column: every row lacks its number and Import is off.
        QComboBox* numberBox = dialog.mappingBox(0);
        numberBox->setCurrentIndex(numberBox->findData(-1));
        Q_EMIT numberBox->activated(numberBox->currentIndex());
        QCOMPARE(dialog.mapping().sourceOf(RegistryColumn::Number), -1);
        QVERIFY(!importButton->isEnabled());
        QVERIFY(dialog.preview()->item(0, dialog.preview()->columnCount() - 1)->text().contains(u"number"_s));
        // Mapped back.
        dialog.setMapping(0, RegistryColumn::Number);
        QCOMPARE(dialog.mappingBox(0)->currentData().toInt(), int(RegistryColumn::Number));
        QVERIFY(importButton->isEnabled());

        QSignalSpy done(&dialog, &ImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(dialog.report().count(ImportedRow::Action::Created), created);
        QCOMPARE(dialog.report().count(ImportedRow::Action::Refused), refused);
        QVERIFY(dialog.findChild<QLabel*>(u"importSummary"_s)->text().contains(u"%1 created"_s.arg(created)));
        // Saved on the worker's connection, seen on this one.
        QCOMPARE(LicenceRepository(*db.value()).list().value().size(), created);
    }

    void anUnreadableFileSaysWhy()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"icp.sqlite"_s));
        QVERIFY(db.ok());
        ImportDialog dialog(db.value()->opener(), dir.filePath(u"missing.csv"_s));
        QTRY_VERIFY(!dialog.isReading());
        QTRY_VERIFY(dialog.findChild<QLabel*>(u"importFileLabel"_s)->text().contains(u"missing.csv"_s));
        QVERIFY(!dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"

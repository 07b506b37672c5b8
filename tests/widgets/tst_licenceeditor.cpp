// The registry editor (issue 11 item 1): every field of a Licence survives the dialog, numbers
// are checked live with the project's validators (errors next to the field, naming it), a
// licence's expiry defaults to issue + 5 years, and the Licences page saves, edits and deletes
// (after asking) through LicenceRepository.
#include "LicenceListModel.h"
#include "LicencesPage.h"
#include "WindowFixture.h"
#include "registry/AnnualReportsEditor.h"
#include "registry/LicenceEditorDialog.h"
#include "registry/OptionalDateEdit.h"
#include "registry/WebsitesEditor.h"
#include "store/LicenceRepository.h"
#include "validation/DomainName.h"
#include "validation/IcpNumber.h"
#include "validation/Uscc.h"
#include "wizard/FieldRow.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using icp::test::WindowFixture;

namespace {

// An invented entity's code: valid check characters computed, not copied from a register.
QString inventedUscc(const QString& organisationStem)
{
    const QString organisation = organisationStem + organisationCodeCheckCharacter(organisationStem);
    const QString first17 = u"91310115"_s + organisation;
    return first17 + usccCheckCharacter(first17);
}

QString wrongCheckDigit(const QString& uscc)
{
    const QChar last = uscc.back();
    return uscc.left(17) + (last == u'1' ? u'2' : u'1');
}

Licence filing()
{
    Licence l;
    l.id = u"reg-filing"_s;
    l.kind = ApplicationKind::Filing;
    l.number = u"沪ICP备2023012345号"_s;
    l.entityName = u"上海示例云科技有限公司"_s;
    return l;
}

Licence fullLicence()
{
    Licence l;
    l.id = u"reg-licence"_s;
    l.applicationId = u"app-7"_s;
    l.kind = ApplicationKind::Licence;
    l.number = u"沪B2-20260015"_s;
    l.entityName = u"上海示例云科技有限公司"_s;
    l.uscc = inventedUscc(u"MA1K3T5P"_s);
    l.provinceCode = 31;
    l.scope = LicenceScope::National;
    l.services = {u"B25"_s, u"B21"_s}; // the record's order, not the table's
    l.issuedOn = QDate(2026, 1, 15);
    l.expiresOn = QDate(2031, 1, 15);
    l.annualReports = {{2026, QDate(2027, 3, 2)}, {2027, QDate(2028, 2, 20)}};
    RegisteredWebsite site;
    site.number = u"沪ICP备2023012345号-2"_s;
    site.name = u"示例商城"_s;
    site.homepageUrls = {u"https://shop.example.cn"_s, u"https://www.shop.example.cn"_s};
    site.psbNumber = u"沪公网安备31011502000123号"_s;
    site.launchedOn = QDate(2026, 2, 1);
    site.domains = {{u"shop.example.cn"_s, u"阿里云"_s, QDate(2028, 5, 31)},
                    {u"例子.中国"_s, u"新网"_s, QDate(2027, 9, 1)}};
    RegisteredWebsite second;
    second.number = u"沪ICP备2023012345号-3"_s;
    second.name = u"示例博客"_s;
    l.websites = {site, second};
    l.accessProvider = u"示例数据中心"_s;
    l.hostingExpiresOn = QDate(2027, 12, 31);
    l.businessChangedOn = QDate(2026, 6, 30);
    l.owner = u"王测试"_s;
    l.status = LicenceStatus::Active;
    l.notes = u"Renewal to be prepared by the legal team.\n第二行。"_s;
    return l;
}

// The fields every schema version of the licences table keeps (the registry's newer fields
// are persisted by the registry migration; tst_licencerepository checks those).
QJsonObject storedCore(const Licence& l)
{
    QJsonObject json = l.toJson();
    for (const auto key : {"uscc", "provinceCode", "websites", "accessProvider", "hostingExpiresOn",
                           "businessChangedOn", "owner", "status", "notes", "applicationId"})
        json.remove(QLatin1StringView(key));
    return json;
}

void setCellText(QTableWidget* table, int row, int column, const QString& text)
{
    QTableWidgetItem* item = table->item(row, column);
    QVERIFY(item);
    item->setText(text);
}

} // namespace

class TestLicenceEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripKeepsEveryField_data()
    {
        QTest::addColumn<Licence>("licence");
        QTest::newRow("filing, only what is required") << filing();
        QTest::newRow("licence, every registry field") << fullLicence();
        Licence old = fullLicence();
        old.status = LicenceStatus::Cancelled;
        old.services = {u"B99"_s}; // a code the table does not know is kept
        old.websites.clear();
        old.annualReports.clear();
        old.expiresOn = QDate(2030, 12, 31); // typed, not the default
        QTest::newRow("cancelled, unknown service, typed expiry") << old;
    }
    void roundTripKeepsEveryField()
    {
        QFETCH(Licence, licence);
        LicenceEditorDialog dialog;
        dialog.setLicence(licence);
        QCOMPARE(dialog.problems(), QStringList());
        QVERIFY(dialog.saveButton()->isEnabled());
        const Licence out = dialog.licence();
        QCOMPARE(out.toJson(), licence.toJson()); // shows the differing field on failure
        QVERIFY(out == licence);
    }

    void badValuesAreNamedNextToTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("validatorMessage");
        const QString badUscc = wrongCheckDigit(inventedUscc(u"MA1K3T5P"_s));
        QTest::newRow("USCC with a wrong check digit")
            << u"uscc"_s << badUscc << u"Unified social credit code"_s << parseUscc(badUscc).error().message;
        QTest::newRow("licence number with category B3")
            << u"number"_s << u"沪B3-20260015"_s << u"Licence number"_s
            << parseLicenceNumber(u"沪B3-20260015").error().message;
        QTest::newRow("licence number missing")
            << u"number"_s << QString() << u"Licence number"_s << u"required"_s;
        QTest::newRow("domain with a leading hyphen")
            << u"domain"_s << u"-shop.example.cn"_s << u"Website 1, domain 1, domain"_s
            << parseDomainName(u"-shop.example.cn").error().message;
        QTest::newRow("PSB number too short")
            << u"psb"_s << u"沪公网安备3101150200号"_s << u"Website 1, public-security number"_s
            << parsePsbNumber(u"沪公网安备3101150200号").error().message;
        QTest::newRow("launch date not a date")
            << u"launched"_s << u"2026-02-30"_s << u"Website 1, launched on"_s << u"YYYY-MM-DD"_s;
    }
    void badValuesAreNamedNextToTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, input);
        QFETCH(QString, fieldName);
        QFETCH(QString, validatorMessage);
        QVERIFY(!validatorMessage.isEmpty());
        LicenceEditorDialog dialog;
        Licence licence = fullLicence();
        dialog.setLicence(licence);
        QVERIFY(dialog.saveButton()->isEnabled());
        QString shown;
        if (field == u"uscc"_s) {
            dialog.usccEdit()->setText(input);
            shown = dialog.usccRow()->message();
            QVERIFY(dialog.usccRow()->hasInstantError());
        } else if (field == u"number"_s) {
            dialog.numberEdit()->setText(input);
            shown = dialog.numberRow()->message();
            QVERIFY(dialog.numberRow()->hasInstantError());
        } else {
            QTableWidget* sites = dialog.websitesEditor()->sitesTable();
            sites->setCurrentCell(0, 0);
            if (field == u"domain"_s)
                setCellText(dialog.websitesEditor()->domainsTable(), 0, WebsitesEditor::DomainNameColumn,
                            input);
            else if (field == u"psb"_s)
                setCellText(sites, 0, WebsitesEditor::PsbColumn, input);
            else
                setCellText(sites, 0, WebsitesEditor::LaunchedColumn, input);
            auto* label = dialog.findChild<QLabel*>(u"websitesProblems"_s);
            QVERIFY(label);
            shown = label->text();
        }
        QVERIFY2(shown.startsWith(fieldName + u": "_s), qPrintable(shown));
        QVERIFY2(shown.contains(validatorMessage), qPrintable(shown));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.problems().contains(shown.section(u'\n', 0, 0)));
        // Save refuses too (a keyboard Enter does not get round the disabled button).
        dialog.saveButton()->setEnabled(true);
        dialog.saveButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void expiryDefaultsToFiveYearsForLicences_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("issued");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("licence") << int(ApplicationKind::Licence) << QDate(2026, 1, 15) << QDate(2031, 1, 15);
        QTest::newRow("licence issued 29 February")
            << int(ApplicationKind::Licence) << QDate(2028, 2, 29) << QDate(2033, 2, 28);
        QTest::newRow("filing: no expiry") << int(ApplicationKind::Filing) << QDate(2026, 1, 15) << QDate();
    }
    void expiryDefaultsToFiveYearsForLicences()
    {
        QFETCH(int, kind);
        QFETCH(QDate, issued);
        QFETCH(QDate, expected);
        LicenceEditorDialog dialog;
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(kind));
        dialog.issuedEdit()->setValue(issued);
        QCOMPARE(dialog.expiresEdit()->value(), expected);
        // A later issue date moves the proposed expiry along; a typed one stays.
        if (expected.isValid()) {
            dialog.issuedEdit()->setValue(issued.addDays(1));
            QCOMPARE(dialog.expiresEdit()->value(), issued.addDays(1).addYears(5));
            dialog.expiresEdit()->setValue(QDate(2040, 1, 1));
            dialog.issuedEdit()->setValue(issued);
            QCOMPARE(dialog.expiresEdit()->value(), QDate(2040, 1, 1));
        }
    }

    void numberNamesTheProvince()
    {
        LicenceEditorDialog dialog;
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(ApplicationKind::Licence)));
        dialog.numberEdit()->setText(u"粤B2-20090059"_s);
        QCOMPARE(dialog.provinceCombo()->currentData().toInt(), 44);
        QCOMPARE(dialog.licence().provinceCode, 44);
    }

    void aTakenNumberIsRefused()
    {
        LicenceEditorDialog dialog;
        dialog.setLicence(fullLicence());
        dialog.setTakenNumbers({u"沪ICP备2023012345号"_s});
        QVERIFY(dialog.saveButton()->isEnabled());
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(ApplicationKind::Filing)));
        dialog.numberEdit()->setText(u"沪ICP备 2023012345号"_s); // the same number, typed with a space
        QVERIFY(dialog.numberRow()->message().contains(u"already in the registry"_s));
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    void discardingChangesAsksFirst_data()
    {
        QTest::addColumn<bool>("changed");
        QTest::addColumn<QList<int>>("choices");
        QTest::addColumn<int>("questions");
        QTest::addColumn<bool>("closed");
        QTest::newRow("unchanged: closes without asking") << false << QList<int>{} << 0 << true;
        QTest::newRow("changed, kept") << true << QList<int>{-1} << 1 << false;
        QTest::newRow("changed, discarded") << true << QList<int>{0} << 1 << true;
    }
    void discardingChangesAsksFirst()
    {
        QFETCH(bool, changed);
        QFETCH(QList<int>, choices);
        QFETCH(int, questions);
        QFETCH(bool, closed);
        ScriptedDialogProvider dialogs;
        dialogs.choices = choices;
        LicenceEditorDialog dialog;
        dialog.setLicence(fullLicence());
        dialog.setDialogProvider(&dialogs);
        dialog.show();
        if (changed)
            dialog.entityEdit()->setText(u"上海另一家示例有限公司"_s);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialogs.asked.size(), questions);
        QCOMPARE(dialog.isVisible(), !closed);
    }

    void pageCreatesEditsAndDeletesThroughTheRepository()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        LicencesPage* page = f.window->licencesPage();
        LicenceRepository repository(*f.db);

        // New…: the editor opens on an empty record with a fresh id; Save stores it.
        page->findChild<QPushButton*>(u"newLicenceButton"_s)->click();
        LicenceEditorDialog* editor = page->editor();
        QVERIFY(editor);
        QVERIFY(!editor->saveButton()->isEnabled()); // no number, no entity yet
        Licence typed = fullLicence();
        typed.id = editor->licence().id;
        typed.applicationId.clear();
        QVERIFY(!typed.id.isEmpty());
        editor->setLicence(typed);
        editor->saveButton()->click();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        auto stored = repository.load(typed.id);
        QVERIFY(stored);
        QCOMPARE(storedCore(stored.value()), storedCore(typed));

        // Edit… on the selected row (and double-click) opens what is stored.
        QTableView* table = page->table();
        table->selectRow(0);
        page->findChild<QPushButton*>(u"editLicenceButton"_s)->click();
        QTRY_VERIFY(page->editor());
        QCOMPARE(page->editor()->licence().toJson(), stored->toJson());
        page->editor()->entityEdit()->setText(u"上海示例数据有限公司"_s);
        page->editor()->saveButton()->click();
        QTRY_COMPARE(repository.load(typed.id)->entityName, u"上海示例数据有限公司"_s);
        const Licence edited = repository.load(typed.id).value();
        QCOMPARE(page->model()->index(0, LicenceListModel::EntityColumn).data().toString(),
                 edited.entityName);
        QCOMPARE(page->model()->index(0, LicenceListModel::OwnerColumn).data().toString(), edited.owner);
        QCOMPARE(page->model()->index(0, LicenceListModel::StatusColumn).data().toString(),
                 displayName(edited.status));

        // The status filter hides what does not match.
        QComboBox* status = page->statusFilter();
        status->setCurrentIndex(status->findData(toKey(LicenceStatus::Cancelled)));
        QCOMPARE(table->model()->rowCount(), 0);
        status->setCurrentIndex(status->findData(toKey(LicenceStatus::Active)));
        QCOMPARE(table->model()->rowCount(), 1);

        // Delete asks first: cancelling keeps the record, confirming removes it.
        table->selectRow(0);
        f.dialogs.choices = {-1};
        page->findChild<QPushButton*>(u"deleteLicenceButton"_s)->click();
        QCOMPARE(f.dialogs.asked.size(), 1);
        QVERIFY(f.dialogs.asked.last().contains(typed.number));
        QVERIFY(repository.load(typed.id));
        f.dialogs.choices = {0};
        table->selectRow(0);
        page->findChild<QPushButton*>(u"deleteLicenceButton"_s)->click();
        QCOMPARE(f.dialogs.asked.size(), 2);
        QCOMPARE(repository.load(typed.id).error().code, u"store.not-found"_s);
        QCOMPARE(page->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestLicenceEditor)
#include "tst_licenceeditor.moc"

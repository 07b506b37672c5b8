#include "registry/LicenceEditorDialog.h"

#include "DialogProvider.h"
#include "core/Language.h"
#include "registry/AnnualReportsEditor.h"
#include "registry/OptionalDateEdit.h"
#include "registry/RegistryChecks.h"
#include "registry/WebsitesEditor.h"
#include "rules/RuleTables.h"
#include "validation/IcpNumber.h"
#include "validation/Province.h"
#include "wizard/FieldRow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

enum Tab { RecordTab, WebsitesTab, HostingTab, ReportsTab, NotesTab };

QLineEdit* lineEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

// A form row: `field` with its label, the label's buddy (mnemonic and accessible name); the
// label's text is set by retranslateUi().
QLabel* addLabelledRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

template <typename Enum> void fillEnumCombo(QComboBox* combo)
{
    const int current = combo->currentIndex();
    combo->clear();
    for (const Enum value : allValues(static_cast<Enum*>(nullptr)))
        combo->addItem(displayName(value), int(value));
    combo->setCurrentIndex(std::max(current, 0));
}

void selectData(QComboBox* combo, int value)
{
    combo->setCurrentIndex(std::max(combo->findData(value), 0));
}

} // namespace

LicenceEditorDialog::LicenceEditorDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"licenceEditorDialog"_s);
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"licenceEditorTabs"_s);
    m_tabs->addTab(makeRecordTab(), QString());
    m_websites = new WebsitesEditor(m_tabs);
    m_tabs->addTab(m_websites, QString());
    m_tabs->addTab(makeHostingTab(), QString());
    m_reports = new AnnualReportsEditor(m_tabs);
    m_tabs->addTab(m_reports, QString());
    m_notes = new QPlainTextEdit(m_tabs);
    m_notes->setObjectName(u"notesEdit"_s);
    m_tabs->addTab(m_notes, QString());
    layout->addWidget(m_tabs, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"licenceEditorSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(u"color: #b00020;"_s);
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LicenceEditorDialog::kindChanged);
    connect(m_number, &QLineEdit::textChanged, this, &LicenceEditorDialog::numberChanged);
    connect(m_entity, &QLineEdit::textChanged, this, &LicenceEditorDialog::refreshState);
    connect(m_uscc, &QLineEdit::textChanged, this, &LicenceEditorDialog::refreshState);
    connect(m_issued, &QDateEdit::dateChanged, this, &LicenceEditorDialog::issuedChanged);
    connect(m_websites, &WebsitesEditor::changed, this, &LicenceEditorDialog::refreshState);
    connect(m_reports, &AnnualReportsEditor::changed, this, &LicenceEditorDialog::refreshState);

    resize(860, 640);
    retranslateUi();
    setLicence(Licence{});
}

QWidget* LicenceEditorDialog::makeRecordTab()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* form = new QFormLayout(page);
    scroll->setWidget(page);

    m_kind = new QComboBox(page);
    m_kind->setObjectName(u"kindComboBox"_s);
    m_kindLabel = addLabelledRow(form, m_kind);

    m_number = lineEdit(u"numberLineEdit"_s, page);
    m_numberRow = new FieldRow(m_number, page);
    form->addRow(m_numberRow->label(), m_numberRow);
    m_entity = lineEdit(u"entityLineEdit"_s, page);
    m_entityRow = new FieldRow(m_entity, page);
    form->addRow(m_entityRow->label(), m_entityRow);
    m_uscc = lineEdit(u"usccLineEdit"_s, page);
    m_uscc->setMaxLength(24); // 18 characters, with room for spaces a paste brings
    m_usccRow = new FieldRow(m_uscc, page);
    form->addRow(m_usccRow->label(), m_usccRow);

    m_province = new QComboBox(page);
    m_province->setObjectName(u"provinceComboBox"_s);
    m_provinceLabel = addLabelledRow(form, m_province);
    m_scope = new QComboBox(page);
    m_scope->setObjectName(u"scopeComboBox"_s);
    m_scopeLabel = addLabelledRow(form, m_scope);

    m_services = new QListWidget(page);
    m_services->setObjectName(u"servicesList"_s);
    m_services->setMinimumHeight(m_services->fontMetrics().height() * 7);
    m_servicesLabel = addLabelledRow(form, m_services);

    m_issued = new OptionalDateEdit(page);
    m_issued->setObjectName(u"issuedDateEdit"_s);
    m_issuedLabel = addLabelledRow(form, m_issued);
    m_expires = new OptionalDateEdit(page);
    m_expires->setObjectName(u"expiresDateEdit"_s);
    m_expiresLabel = addLabelledRow(form, m_expires);

    m_status = new QComboBox(page);
    m_status->setObjectName(u"statusComboBox"_s);
    m_statusLabel = addLabelledRow(form, m_status);
    m_owner = lineEdit(u"ownerLineEdit"_s, page);
    m_ownerLabel = addLabelledRow(form, m_owner);
    return scroll;
}

QWidget* LicenceEditorDialog::makeHostingTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_hostingHint = new QLabel(page);
    m_hostingHint->setWordWrap(true);
    form->addRow(m_hostingHint);
    m_provider = lineEdit(u"providerLineEdit"_s, page);
    m_providerLabel = addLabelledRow(form, m_provider);
    m_hosting = new OptionalDateEdit(page);
    m_hosting->setObjectName(u"hostingExpiresDateEdit"_s);
    m_hostingLabel = addLabelledRow(form, m_hosting);
    m_changed = new OptionalDateEdit(page);
    m_changed->setObjectName(u"businessChangedDateEdit"_s);
    m_changedLabel = addLabelledRow(form, m_changed);
    return page;
}

void LicenceEditorDialog::setLicence(const Licence& licence)
{
    m_original = licence;
    {
        const QSignalBlocker kindBlocker(m_kind);
        const QSignalBlocker issuedBlocker(m_issued);
        const QSignalBlocker numberBlocker(m_number);
        selectData(m_kind, int(licence.kind));
        m_number->setText(licence.number);
        m_issued->setValue(licence.issuedOn);
    }
    m_entity->setText(licence.entityName);
    m_uscc->setText(licence.uscc);
    selectData(m_province, licence.provinceCode);
    selectData(m_scope, int(licence.scope));
    fillServices(licence.services);
    m_expires->setValue(licence.expiresOn);
    m_defaultExpiry = registry_checks::defaultExpiry(licence.kind, licence.issuedOn);
    selectData(m_status, int(licence.status));
    m_owner->setText(licence.owner);
    m_provider->setText(licence.accessProvider);
    m_hosting->setValue(licence.hostingExpiresOn);
    m_changed->setValue(licence.businessChangedOn);
    m_websites->setWebsites(licence.websites);
    m_reports->setReports(licence.annualReports);
    m_notes->setPlainText(licence.notes);
    retranslateUi();
}

Licence LicenceEditorDialog::licence() const
{
    Licence licence = m_original; // keeps the id and the application it came from
    licence.kind = ApplicationKind(m_kind->currentData().toInt());
    licence.number = m_number->text().trimmed();
    licence.entityName = m_entity->text().trimmed();
    licence.uscc = m_uscc->text().trimmed().toUpper();
    licence.provinceCode = m_province->currentData().toInt();
    licence.scope = LicenceScope(m_scope->currentData().toInt());
    licence.services = checkedServices();
    licence.issuedOn = m_issued->value();
    licence.expiresOn = m_expires->value();
    licence.status = LicenceStatus(m_status->currentData().toInt());
    licence.owner = m_owner->text().trimmed();
    licence.accessProvider = m_provider->text().trimmed();
    licence.hostingExpiresOn = m_hosting->value();
    licence.businessChangedOn = m_changed->value();
    licence.websites = m_websites->websites();
    licence.annualReports = m_reports->reports();
    licence.notes = m_notes->toPlainText();
    return licence;
}

void LicenceEditorDialog::setTakenNumbers(const QStringList& numbers)
{
    m_taken.clear();
    for (const QString& number : numbers)
        m_taken.append(normaliseNumberInput(number));
    refreshState();
}

QString LicenceEditorDialog::numberProblem() const
{
    const ApplicationKind kind = ApplicationKind(m_kind->currentData().toInt());
    const QString invalid = registry_checks::number(kind, m_number->text());
    if (!invalid.isEmpty())
        return invalid;
    if (m_taken.contains(normaliseNumberInput(m_number->text())))
        return tr("Number: %1 is already in the registry; edit that record instead.")
            .arg(m_number->text().trimmed());
    return {};
}

QStringList LicenceEditorDialog::problems() const
{
    QStringList found;
    for (const QString& message : {numberProblem(), registry_checks::entityName(m_entity->text()),
                                   registry_checks::uscc(m_uscc->text())}) {
        if (!message.isEmpty())
            found.append(message);
    }
    if (m_issued->value().isValid() && m_expires->value().isValid() && m_expires->value() < m_issued->value())
        found.append(tr("Expires on: the expiry is before the issue date."));
    found += m_websites->problems();
    found += m_reports->problems();
    return found;
}

void LicenceEditorDialog::reject()
{
    // Nothing typed is lost by a slip of the Escape key.
    if (m_dialogs && licence() != m_original) {
        const int choice = m_dialogs->choose(
            this, tr("Discard changes?"),
            tr("Discard the changes to %1? They have not been saved.")
                .arg(m_number->text().trimmed().isEmpty() ? tr("this record") : m_number->text().trimmed()),
            {tr("Discard")});
        if (choice != 0)
            return;
    }
    QDialog::reject();
}

QPushButton* LicenceEditorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void LicenceEditorDialog::fillServices(const QStringList& checked)
{
    const QSignalBlocker blocker(m_services);
    m_services->clear();
    const bool chinese = currentLanguage().startsWith(u"zh"_s);
    QStringList known;
    for (const LicenceService& service : RuleTables::instance().licenceLimits().services) {
        auto* item = new QListWidgetItem(
            u"%1  %2"_s.arg(service.code, chinese ? service.nameZh : service.nameEn), m_services);
        item->setData(Qt::UserRole, service.code);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(checked.contains(service.code) ? Qt::Checked : Qt::Unchecked);
        known.append(service.code);
    }
    // A code the table does not know (an older catalogue) is kept, not dropped on save.
    for (const QString& code : checked) {
        if (known.contains(code))
            continue;
        auto* item = new QListWidgetItem(code, m_services);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Checked);
    }
}

QStringList LicenceEditorDialog::checkedServices() const
{
    QStringList checked;
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->item(i)->checkState() == Qt::Checked)
            checked.append(m_services->item(i)->data(Qt::UserRole).toString());
    }
    // The record's own order first (what was there stays where it was), then the new ones.
    QStringList ordered;
    for (const QString& code : m_original.services) {
        if (checked.contains(code) && !ordered.contains(code))
            ordered.append(code);
    }
    for (const QString& code : checked) {
        if (!ordered.contains(code))
            ordered.append(code);
    }
    return ordered;
}

void LicenceEditorDialog::kindChanged()
{
    const ApplicationKind kind = ApplicationKind(m_kind->currentData().toInt());
    // Filings do not expire (docs/regulations.md §1.3); a licence runs five years from issue.
    if (kind == ApplicationKind::Filing)
        m_expires->clearValue();
    issuedChanged();
}

void LicenceEditorDialog::issuedChanged()
{
    const ApplicationKind kind = ApplicationKind(m_kind->currentData().toInt());
    const QDate proposed = registry_checks::defaultExpiry(kind, m_issued->value());
    // Replace the expiry only while it is empty or still the one proposed: never a typed one.
    if (!m_expires->value().isValid() || m_expires->value() == m_defaultExpiry)
        m_expires->setValue(proposed);
    m_defaultExpiry = proposed;
    refreshState();
}

void LicenceEditorDialog::numberChanged()
{
    // The number names its province (京, 粤 …): fill the province when none is chosen yet.
    if (m_province->currentData().toInt() == 0) {
        const QString text = m_number->text();
        int code = 0;
        if (const auto filing = parseFilingNumber(text))
            code = filing->provinceCode;
        else if (const auto licence = parseLicenceNumber(text))
            code = licence->provinceCode;
        if (code != 0)
            selectData(m_province, code);
    }
    refreshState();
}

void LicenceEditorDialog::refreshState()
{
    const ApplicationKind kind = ApplicationKind(m_kind->currentData().toInt());
    auto show = [](FieldRow* row, const QString& message, bool empty) {
        if (empty && message.isEmpty())
            row->clearInstantState();
        else
            row->setInstantState(message.isEmpty(), message);
    };
    show(m_numberRow, numberProblem(), false);
    show(m_entityRow, registry_checks::entityName(m_entity->text()), false);
    show(m_usccRow, registry_checks::uscc(m_uscc->text()), m_uscc->text().trimmed().isEmpty());
    m_expires->setEnabled(kind == ApplicationKind::Licence || m_expires->value().isValid());

    const QStringList found = problems();
    if (QPushButton* save = saveButton())
        save->setEnabled(found.isEmpty());
    QString summary;
    if (!found.isEmpty()) {
        summary = tr("Before saving, correct this: %1").arg(found.first());
        if (found.size() > 1)
            summary += u' ' + tr("(+%n more)", nullptr, int(found.size() - 1));
    }
    m_summary->setText(summary);
    m_summary->setVisible(!found.isEmpty());
}

void LicenceEditorDialog::retranslateUi()
{
    setWindowTitle(m_original.number.isEmpty() ? tr("New filing or licence")
                                               : tr("Edit %1").arg(m_original.number));
    m_tabs->setTabText(RecordTab, tr("&Record"));
    m_tabs->setTabText(WebsitesTab, tr("&Websites && domains"));
    m_tabs->setTabText(HostingTab, tr("&Hosting && changes"));
    m_tabs->setTabText(ReportsTab, tr("&Annual reports"));
    m_tabs->setTabText(NotesTab, tr("&Notes"));

    m_kindLabel->setText(tr("&Kind:"));
    {
        const QSignalBlocker blocker(m_kind);
        fillEnumCombo<ApplicationKind>(m_kind);
        fillEnumCombo<LicenceScope>(m_scope);
        fillEnumCombo<LicenceStatus>(m_status);
    }
    m_numberRow->setLabelText(tr("Nu&mber:"));
    m_numberRow->setHint(
        tr("京ICP备2021034286号 for a filing; 京ICP证030173号 or 粤B2-20090059 for a licence."));
    m_entityRow->setLabelText(tr("&Entity:"));
    m_usccRow->setLabelText(tr("&USCC:"));
    m_uscc->setAccessibleName(tr("Unified social credit code"));
    m_usccRow->setHint(tr("The entity's unified social credit code (18 characters), when known."));
    m_provinceLabel->setText(tr("&Province:"));
    {
        const int code = m_province->currentData().toInt();
        const QSignalBlocker blocker(m_province);
        m_province->clear();
        m_province->addItem(tr("(not known)"), 0);
        for (const Province& province : Provinces::all())
            m_province->addItem(province.displayName(), province.code);
        selectData(m_province, code);
    }
    m_scopeLabel->setText(tr("S&cope:"));
    m_servicesLabel->setText(tr("Ser&vices:"));
    m_services->setAccessibleName(tr("Value-added telecom services"));
    fillServices(checkedServices());
    m_issuedLabel->setText(tr("&Issued on:"));
    m_expiresLabel->setText(tr("E&xpires on:"));
    m_expires->setToolTip(tr("A licence runs five years from its issue; filings do not expire."));
    m_statusLabel->setText(tr("S&tatus:"));
    m_ownerLabel->setText(tr("&Owner:"));
    m_owner->setPlaceholderText(tr("The person who answers for this record"));
    m_hostingHint->setText(tr("A filing lives as long as its hosting (access) contract and its domains: "
                              "a lapse endangers it. A change of the business registration must be "
                              "followed by a licence change within 30 days."));
    m_providerLabel->setText(tr("Access &provider:"));
    m_hostingLabel->setText(tr("Hosting &expires on:"));
    m_changedLabel->setText(tr("Business registration &changed on:"));
    m_notes->setPlaceholderText(tr("Anything a colleague taking over should know."));
    m_websites->retranslate();
    m_reports->retranslate();
    if (QPushButton* save = saveButton())
        save->setText(tr("&Save"));
    refreshState();
}

void LicenceEditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace icp

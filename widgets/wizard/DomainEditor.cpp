#include "wizard/DomainEditor.h"

#include "domain/FieldPath.h"
#include "validation/DomainName.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/FieldRow.h"
#include "wizard/ItemList.h"
#include "wizard/WizardPage.h"
#include "wizard/WizardText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

DomainEditor::DomainEditor(WizardPage& page, QWidget* parent)
    : QWidget(parent)
    , m_page(page)
    , m_draft(page.draft())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new ItemList(u"domain"_s, this);
    layout->addWidget(m_list);
    connect(m_list, &ItemList::currentIndexChanged, this, &DomainEditor::select);
    connect(m_list, &ItemList::addClicked, this, [this] {
        if (m_website < 0)
            return;
        Domain domain;
        // The applicant usually owns its domains (R24): start from the entity.
        domain.registrantName = m_draft.application().entity.name;
        domain.registrantIsOrganisation = !m_draft.application().entity.isIndividual();
        domain.registrantDocumentNumber = m_draft.application().entity.certificateNumber;
        domain.expiresOn = m_draft.today().addYears(1);
        m_draft.edit().websites[m_website].domains.append(domain);
        m_draft.markChanged(FieldPath::website(m_website).domains());
        refreshList();
        m_list->setCurrentIndex(m_list->count() - 1);
        m_name->setFocus(Qt::OtherFocusReason);
    });
    connect(m_list, &ItemList::removeClicked, this, [this](int index) {
        if (m_website < 0)
            return;
        m_draft.edit().websites[m_website].domains.removeAt(index);
        m_draft.markChanged(FieldPath::website(m_website).domains());
        refreshList();
        select(m_list->currentIndex());
    });

    m_fields = new QWidget(this);
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(m_fields);
    const auto lineEdit = [&](const QString& name, FieldRow** row) {
        auto* edit = new QLineEdit(m_fields);
        *row = m_page.addRow(form, edit, name, QString());
        return edit;
    };
    m_name = lineEdit(u"domainNameLineEdit"_s, &m_nameRow);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Domain* d = current()) {
            d->name = text.trimmed();
            const Result<DomainName> parsed = parseDomainName(d->name);
            d->aLabel = parsed ? parsed->aLabel : QString();
            edited("name");
            checkName();
            refreshList();
        }
    });
    m_registrar = lineEdit(u"domainRegistrarLineEdit"_s, &m_registrarRow);
    connect(m_registrar, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Domain* d = current()) {
            d->registrar = text.trimmed();
            edited("registrar");
        }
    });
    m_registrant = lineEdit(u"domainRegistrantLineEdit"_s, &m_registrantRow);
    connect(m_registrant, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Domain* d = current()) {
            d->registrantName = text.trimmed();
            edited("registrantName");
        }
    });
    m_registrantOrganisation = new QCheckBox(m_fields);
    m_registrantOrganisationRow =
        m_page.addRow(form, m_registrantOrganisation, u"domainRegistrantIsOrganisationCheckBox"_s, QString());
    connect(m_registrantOrganisation, &QCheckBox::toggled, this, [this](bool on) {
        if (Domain* d = current(); d && d->registrantIsOrganisation != on) {
            d->registrantIsOrganisation = on;
            edited("registrantIsOrganisation");
        }
    });
    m_registrantNumber = lineEdit(u"domainRegistrantNumberLineEdit"_s, &m_registrantNumberRow);
    connect(m_registrantNumber, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Domain* d = current()) {
            d->registrantDocumentNumber = text.trimmed();
            edited("registrantDocumentNumber");
        }
    });
    m_expires = new QDateEdit(m_fields);
    m_expires->setCalendarPopup(true);
    m_expiresRow = m_page.addRow(form, m_expires, u"domainExpiresDateEdit"_s, QString());
    connect(m_expires, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (Domain* d = current(); d && d->expiresOn != date) {
            d->expiresOn = date;
            edited("expiresOn");
        }
    });
    m_verified = new QDateEdit(m_fields);
    m_verified->setCalendarPopup(true);
    m_verified->setMinimumDate(QDate(2000, 1, 1));
    m_verified->setSpecialValueText(u" "_s); // the minimum shows empty: not verified yet
    m_verifiedRow = m_page.addRow(form, m_verified, u"domainVerifiedDateEdit"_s, QString());
    connect(m_verified, &QDateEdit::dateChanged, this, [this](QDate date) {
        const QDate value = date == m_verified->minimumDate() ? QDate() : date;
        if (Domain* d = current(); d && d->realNameVerifiedOn != value) {
            d->realNameVerifiedOn = value;
            edited("realNameVerifiedOn");
        }
    });
    retranslate();
}

void DomainEditor::setWebsite(int website)
{
    m_website = website;
    m_index = -1;
    refreshList();
    if (m_list->currentIndex() < 0 && m_list->count() > 0)
        m_list->setCurrentIndex(0);
    select(m_list->currentIndex());
}

void DomainEditor::reload()
{
    refreshList();
    select(m_list->currentIndex());
}

void DomainEditor::selectFromPath(const QString& fieldPath)
{
    const int index = wizard::listIndex(fieldPath, u"domains");
    if (index >= 0 && index < m_list->count())
        m_list->setCurrentIndex(index);
}

Domain* DomainEditor::current()
{
    if (m_website < 0 || m_website >= m_draft.application().websites.size())
        return nullptr;
    QList<Domain>& domains = m_draft.edit().websites[m_website].domains;
    return m_index >= 0 && m_index < domains.size() ? &domains[m_index] : nullptr;
}

void DomainEditor::edited(const char* member)
{
    m_draft.markChanged(FieldPath::website(m_website).domain(m_index).member(QLatin1StringView(member)));
}

void DomainEditor::refreshList()
{
    QStringList labels;
    QList<bool> problems;
    if (m_website >= 0 && m_website < m_draft.application().websites.size()) {
        const QList<Domain>& domains = m_draft.application().websites.at(m_website).domains;
        for (int i = 0; i < domains.size(); ++i) {
            labels.append(domains.at(i).name.isEmpty() ? tr("Domain %1").arg(i + 1) : domains.at(i).name);
            problems.append(
                hasBlocking(m_draft.findingsUnder(FieldPath::website(m_website).domain(i).root())));
        }
    }
    m_list->setItems(labels, problems);
    m_list->setEnabled(m_website >= 0);
}

void DomainEditor::select(int index)
{
    m_index = index;
    const QString base = index >= 0 ? FieldPath::website(m_website).domain(index).root() + u'.' : QString();
    const QList<std::pair<FieldRow*, const char*>> rows{
        {m_nameRow, "name"},
        {m_registrarRow, "registrar"},
        {m_registrantRow, "registrantName"},
        {m_registrantOrganisationRow, "registrantIsOrganisation"},
        {m_registrantNumberRow, "registrantDocumentNumber"},
        {m_expiresRow, "expiresOn"},
        {m_verifiedRow, "realNameVerifiedOn"}};
    for (const auto& [row, member] : rows)
        m_page.reregister(row, base.isEmpty() ? QString() : base + QString::fromLatin1(member));
    const Domain* d = current();
    m_fields->setVisible(d != nullptr);
    if (!d)
        return;
    const auto setText = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    setText(m_name, d->name);
    setText(m_registrar, d->registrar);
    setText(m_registrant, d->registrantName);
    setText(m_registrantNumber, d->registrantDocumentNumber);
    {
        const QSignalBlocker b1(m_registrantOrganisation);
        m_registrantOrganisation->setChecked(d->registrantIsOrganisation);
        const QSignalBlocker b2(m_expires);
        m_expires->setDate(d->expiresOn.isValid() ? d->expiresOn : m_draft.today().addYears(1));
        const QSignalBlocker b3(m_verified);
        m_verified->setDate(d->realNameVerifiedOn.isValid() ? d->realNameVerifiedOn
                                                            : m_verified->minimumDate());
    }
    checkName();
    m_page.WizardPage::showFindings();
}

void DomainEditor::checkName()
{
    // What the name resolves to, while typing: the A-label the filing uses, the
    // registrable domain that is filed, and whether MIIT accepts the suffix (§5.5).
    const Domain* d = current();
    if (!d || d->name.isEmpty()) {
        m_nameRow->clearInstantState();
        return;
    }
    const Result<DomainName> parsed = parseDomainName(d->name);
    if (!parsed) {
        m_nameRow->setInstantState(false, parsed.error().message);
        return;
    }
    const QString info =
        tr("A-label %1 · registrable domain %2 · %3")
            .arg(parsed->aLabel, parsed->registrable,
                 parsed->fileable ? tr("fileable")
                                  : tr("suffix .%1 cannot be filed").arg(parsed->publicSuffix));
    m_nameRow->setInstantState(parsed->fileable, info);
}

void DomainEditor::retranslate()
{
    m_list->setTexts(tr("Domains"), tr("Add &domain"), tr("Remove domain"));
    m_nameRow->setLabelText(tr("Domain &name:"));
    m_registrarRow->setLabelText(tr("Re&gistrar:"));
    m_registrantRow->setLabelText(tr("Registran&t:"));
    m_registrantRow->setHint(tr("As in the registrar's WHOIS record; it must match the entity or its "
                                "legal representative."));
    m_registrantOrganisationRow->setLabelText(QString());
    m_registrantOrganisation->setText(tr("The registrant is an organisation"));
    m_registrantNumberRow->setLabelText(tr("Registrant's certificate number:"));
    m_expiresRow->setLabelText(tr("E&xpires on:"));
    m_verifiedRow->setLabelText(tr("Real-name &verified on:"));
    m_verifiedRow->setHint(tr("Leave empty when the registrar has not verified the registrant yet."));
    if (m_index >= 0)
        checkName();
}

} // namespace icp

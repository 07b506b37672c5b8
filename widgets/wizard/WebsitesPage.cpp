#include "wizard/WebsitesPage.h"

#include "domain/FieldPath.h"
#include "rules/ProvinceRules.h"
#include "rules/RuleTables.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/DomainEditor.h"
#include "wizard/FieldRow.h"
#include "wizard/ItemList.h"
#include "wizard/WizardText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// BCP 47 tags offered as check boxes; the names are endonyms so they need no translation.
const QList<std::pair<QString, QString>> kLanguages{
    {u"zh-Hans"_s, u"简体中文"_s}, {u"zh-Hant"_s, u"繁體中文"_s}, {u"en"_s, u"English"_s},
    {u"ja"_s, u"日本語"_s},        {u"ko"_s, u"한국어"_s},        {u"fr"_s, u"Français"_s},
    {u"de"_s, u"Deutsch"_s},       {u"es"_s, u"Español"_s},       {u"ru"_s, u"Русский"_s},
    {u"ar"_s, u"العربية"_s},       {u"bo"_s, u"བོད་ཡིག"_s},         {u"ug"_s, u"ئۇيغۇرچە"_s},
    {u"mn"_s, u"ᠮᠣᠩᠭᠣᠯ"_s}};

int lines(const QWidget* w, int n)
{
    return w->fontMetrics().lineSpacing() * n + 12;
}

} // namespace

WebsitesPage::WebsitesPage(ApplicationDraft& shared, QWidget* parent)
    : WizardPage(shared, parent)
{
    setObjectName(u"websitesPage"_s);
    m_list = new ItemList(u"website"_s, this);
    pageLayout()->addWidget(m_list);
    connect(m_list, &ItemList::currentIndexChanged, this, &WebsitesPage::selectWebsite);
    connect(m_list, &ItemList::addClicked, this, &WebsitesPage::addWebsite);
    connect(m_list, &ItemList::removeClicked, this, &WebsitesPage::removeWebsite);

    m_editor = new QWidget(this);
    m_editor->setObjectName(u"websiteEditor"_s);
    pageLayout()->addWidget(m_editor);
    auto* form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_name = addLineEdit(form, u"websiteNameLineEdit"_s, QString(), &m_nameRow);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Website* w = current()) {
            w->name = text;
            edited("name");
            refreshList();
        }
    });
    m_urls = new QPlainTextEdit(m_editor);
    m_urls->setTabChangesFocus(true);
    m_urls->setMaximumHeight(lines(m_urls, 3));
    m_urlsRow = addRow(form, m_urls, u"homepageUrlsEdit"_s, QString(), true);
    connect(m_urls, &QPlainTextEdit::textChanged, this, [this] {
        Website* w = current();
        if (!w)
            return;
        QStringList urls;
        for (const QString& line : m_urls->toPlainText().split(u'\n')) {
            if (!line.trimmed().isEmpty())
                urls.append(line.trimmed());
        }
        if (urls != w->homepageUrls) {
            w->homepageUrls = urls;
            edited("homepageUrls");
        }
    });

    m_domains = new DomainEditor(*this, m_editor);
    m_domainsRow = new FieldRow(m_domains, m_editor);
    form->addRow(m_domainsRow->label(), m_domainsRow);

    m_serviceType = new QComboBox(m_editor);
    m_serviceTypeRow = addRow(form, m_serviceType, u"serviceTypeComboBox"_s, QString());
    connect(m_serviceType, &QComboBox::activated, this, [this] {
        if (Website* w = current()) {
            w->serviceType = m_serviceType->currentData().toString();
            edited("serviceType");
        }
    });
    m_principal = new QComboBox(m_editor);
    m_principalRow = addRow(form, m_principal, u"websitePrincipalComboBox"_s, QString());
    connect(m_principal, &QComboBox::activated, this, [this] {
        if (Website* w = current()) {
            w->principalId = m_principal->currentData().toString();
            edited("principalId");
        }
    });
    m_languages = new QListWidget(m_editor);
    m_languages->setFlow(QListView::LeftToRight);
    m_languages->setWrapping(true);
    m_languages->setMaximumHeight(lines(m_languages, 3));
    for (const auto& [tag, name] : kLanguages) {
        auto* item = new QListWidgetItem(name, m_languages);
        item->setData(Qt::UserRole, tag);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_languagesRow = addRow(form, m_languages, u"websiteLanguagesList"_s, QString(), true);
    connect(m_languages, &QListWidget::itemChanged, this, [this] {
        Website* w = current();
        if (!w)
            return;
        QStringList tags;
        for (int i = 0; i < m_languages->count(); ++i) {
            if (m_languages->item(i)->checkState() == Qt::Checked)
                tags.append(m_languages->item(i)->data(Qt::UserRole).toString());
        }
        if (tags != w->languages) {
            w->languages = tags;
            edited("languages");
        }
    });

    auto* remarksBox = new QWidget(m_editor);
    auto* remarksLayout = new QVBoxLayout(remarksBox);
    remarksLayout->setContentsMargins(0, 0, 0, 0);
    m_remarks = new QPlainTextEdit(remarksBox);
    m_remarks->setObjectName(u"websiteRemarksEdit"_s);
    m_remarks->setTabChangesFocus(true);
    m_remarks->setMaximumHeight(lines(m_remarks, 4));
    m_pledgeButton = new QPushButton(remarksBox);
    m_pledgeButton->setObjectName(u"insertPledgeButton"_s);
    remarksLayout->addWidget(m_remarks);
    remarksLayout->addWidget(m_pledgeButton, 0, Qt::AlignLeft);
    m_remarksRow = addRow(form, remarksBox, u"websiteRemarks"_s, QString());
    m_remarksRow->label()->setBuddy(m_remarks);
    connect(m_remarks, &QPlainTextEdit::textChanged, this, [this] {
        if (Website* w = current(); w && w->remarks != m_remarks->toPlainText()) {
            w->remarks = m_remarks->toPlainText();
            edited("remarks");
            updatePledgeButton();
        }
    });
    connect(m_pledgeButton, &QPushButton::clicked, this, [this] {
        // R42: the province wants the pledge sentence in a personal site's remarks.
        QString text = m_remarks->toPlainText().trimmed();
        if (!text.isEmpty())
            text += u'\n';
        m_remarks->setPlainText(text + ProvinceRules::pledgeText());
        m_remarks->setFocus(Qt::OtherFocusReason);
    });

    // Pre-approvals (前置审批, §6.3): a category and the permit number.
    auto* preBox = new QWidget(m_editor);
    auto* preLayout = new QVBoxLayout(preBox);
    preLayout->setContentsMargins(0, 0, 0, 0);
    m_preApprovals = new QListWidget(preBox);
    m_preApprovals->setObjectName(u"preApprovalsList"_s);
    m_preApprovals->setMaximumHeight(lines(m_preApprovals, 3));
    auto* addLine = new QHBoxLayout;
    m_preApprovalCategory = new QComboBox(preBox);
    m_preApprovalCategory->setObjectName(u"preApprovalCategoryComboBox"_s);
    m_permitNumber = new QLineEdit(preBox);
    m_permitNumber->setObjectName(u"permitNumberLineEdit"_s);
    m_addPreApproval = new QPushButton(preBox);
    m_addPreApproval->setObjectName(u"addPreApprovalButton"_s);
    m_removePreApproval = new QPushButton(preBox);
    m_removePreApproval->setObjectName(u"removePreApprovalButton"_s);
    addLine->addWidget(m_preApprovalCategory);
    addLine->addWidget(m_permitNumber, 1);
    addLine->addWidget(m_addPreApproval);
    addLine->addWidget(m_removePreApproval);
    preLayout->addWidget(m_preApprovals);
    preLayout->addLayout(addLine);
    m_preApprovalsRow = addRow(form, preBox, u"preApprovals"_s, QString(), true);
    m_preApprovalsRow->label()->setBuddy(m_preApprovalCategory);
    connect(m_addPreApproval, &QPushButton::clicked, this, [this] {
        Website* w = current();
        if (!w || m_permitNumber->text().trimmed().isEmpty())
            return;
        w->preApprovals.append(PreApproval{
            m_preApprovalCategory->currentData().toString(), m_permitNumber->text().trimmed(), {}});
        m_permitNumber->clear();
        edited("preApprovals");
        fillPreApprovals();
    });
    connect(m_removePreApproval, &QPushButton::clicked, this, [this] {
        Website* w = current();
        const int row = m_preApprovals->currentRow();
        if (!w || row < 0 || row >= w->preApprovals.size())
            return;
        w->preApprovals.removeAt(row);
        edited("preApprovals");
        fillPreApprovals();
    });
    m_pledgeSigned = new QCheckBox(m_editor);
    m_pledgeSignedRow = addRow(form, m_pledgeSigned, u"noPreApprovalPledgeCheckBox"_s,
                               FieldPath::noPreApprovalPledgeSigned());
    connect(m_pledgeSigned, &QCheckBox::toggled, this, [this](bool on) {
        if (draft().application().noPreApprovalPledgeSigned == on)
            return;
        draft().edit().noPreApprovalPledgeSigned = on;
        draft().markChanged(FieldPath::noPreApprovalPledgeSigned());
    });

    m_filingNumber = addLineEdit(form, u"websiteFilingNumberLineEdit"_s, QString(), &m_filingNumberRow);
    connect(m_filingNumber, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Website* w = current()) {
            w->filingNumber = text.trimmed();
            edited("filingNumber");
        }
    });

    retranslate();
    pageLayout()->addStretch();
}

WizardPage::Id WebsitesPage::id() const
{
    return Id::Websites;
}

QString WebsitesPage::title() const
{
    return tr("Websites");
}

QString WebsitesPage::subtitle() const
{
    return tr("Each website with its domains, what it offers and who is responsible for it.");
}

bool WebsitesPage::focusField(const QString& fieldPath)
{
    const int index = wizard::listIndex(fieldPath, u"websites");
    if (index >= 0 && index < m_list->count())
        m_list->setCurrentIndex(index);
    m_domains->selectFromPath(fieldPath);
    if (WizardPage::focusField(fieldPath))
        return true;
    m_list->list()->setFocus(Qt::OtherFocusReason);
    return true;
}

void WebsitesPage::showFindings()
{
    WizardPage::showFindings();
    refreshList();
}

Website* WebsitesPage::current()
{
    QList<Website>& sites = draft().edit().websites;
    return m_index >= 0 && m_index < sites.size() ? &sites[m_index] : nullptr;
}

void WebsitesPage::edited(const char* member)
{
    draft().markChanged(FieldPath::website(m_index).member(QLatin1StringView(member)));
}

void WebsitesPage::addWebsite()
{
    Website site;
    site.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    site.languages = {u"zh-Hans"_s};
    if (const Person* principal = draft().application().personWithRole(PersonRole::WebsitePrincipal))
        site.principalId = principal->id;
    // The access of the first site is the usual choice for the next one.
    if (!draft().application().websites.isEmpty())
        site.access = draft().application().websites.constFirst().access;
    draft().edit().websites.append(site);
    draft().markChanged(FieldPath::websites());
    refreshList();
    m_list->setCurrentIndex(m_list->count() - 1);
    m_name->setFocus(Qt::OtherFocusReason);
}

void WebsitesPage::removeWebsite(int index)
{
    if (index < 0 || index >= draft().application().websites.size())
        return;
    draft().edit().websites.removeAt(index);
    draft().markChanged(FieldPath::websites());
    refreshList();
    selectWebsite(m_list->currentIndex());
}

void WebsitesPage::selectWebsite(int index)
{
    m_index = index;
    const QList<std::pair<FieldRow*, const char*>> rows{{m_nameRow, "name"},
                                                        {m_urlsRow, "homepageUrls"},
                                                        {m_serviceTypeRow, "serviceType"},
                                                        {m_principalRow, "principalId"},
                                                        {m_languagesRow, "languages"},
                                                        {m_remarksRow, "remarks"},
                                                        {m_filingNumberRow, "filingNumber"},
                                                        {m_domainsRow, "domains"},
                                                        {m_preApprovalsRow, "preApprovals"}};
    for (const auto& [row, member] : rows)
        reregister(row, index >= 0 ? FieldPath::website(index).member(QLatin1StringView(member)) : QString());
    loadWebsite();
    m_domains->setWebsite(index);
    WizardPage::showFindings();
}

void WebsitesPage::loadWebsite()
{
    const Website* w = m_index >= 0 && m_index < draft().application().websites.size()
                           ? &draft().application().websites.at(m_index)
                           : nullptr;
    m_editor->setVisible(w != nullptr);
    {
        const QSignalBlocker blocker(m_pledgeSigned);
        m_pledgeSigned->setChecked(draft().application().noPreApprovalPledgeSigned);
    }
    if (!w)
        return;
    if (m_name->text() != w->name)
        m_name->setText(w->name);
    {
        const QSignalBlocker b1(m_urls);
        if (m_urls->toPlainText() != w->homepageUrls.join(u'\n'))
            m_urls->setPlainText(w->homepageUrls.join(u'\n'));
        const QSignalBlocker b2(m_remarks);
        if (m_remarks->toPlainText() != w->remarks)
            m_remarks->setPlainText(w->remarks);
        const QSignalBlocker b3(m_languages);
        for (int i = 0; i < m_languages->count(); ++i) {
            QListWidgetItem* item = m_languages->item(i);
            item->setCheckState(w->languages.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
        }
    }
    if (m_filingNumber->text() != w->filingNumber)
        m_filingNumber->setText(w->filingNumber);
    fillServiceTypes();
    fillPrincipals();
    fillPreApprovals();
    updatePledgeButton();
    const Operation op = draft().application().operation;
    const bool numbered = op != Operation::FirstFiling && op != Operation::NewWebsite;
    m_filingNumberRow->setVisible(numbered);
    m_filingNumberRow->label()->setVisible(numbered);
}

void WebsitesPage::fillServiceTypes()
{
    const QSignalBlocker blocker(m_serviceType);
    m_serviceType->clear();
    m_serviceType->addItem(tr("(choose what the site offers)"), QString());
    const bool individual = draft().application().entity.isIndividual();
    for (const ServiceType& type : RuleTables::instance().serviceTypes()) {
        // Personal filings offer only what individuals may run (R12); a stored other
        // value stays so WEB-011 can point at it.
        const bool current = m_index >= 0 && m_index < draft().application().websites.size() &&
                             draft().application().websites.at(m_index).serviceType == type.key;
        if (individual && !type.personalAllowed && !current)
            continue;
        m_serviceType->addItem(wizard::serviceTypeName(type), type.key);
    }
    if (const Website* w = current())
        m_serviceType->setCurrentIndex(std::max(0, m_serviceType->findData(w->serviceType)));
}

void WebsitesPage::fillPrincipals()
{
    const QSignalBlocker blocker(m_principal);
    m_principal->clear();
    m_principal->addItem(tr("(choose a person from the People page)"), QString());
    const QList<Person>& persons = draft().application().persons;
    for (int i = 0; i < persons.size(); ++i)
        m_principal->addItem(persons.at(i).name.isEmpty() ? tr("Person %1").arg(i + 1) : persons.at(i).name,
                             persons.at(i).id);
    if (const Website* w = current())
        m_principal->setCurrentIndex(std::max(0, m_principal->findData(w->principalId)));
}

void WebsitesPage::fillPreApprovals()
{
    {
        const QSignalBlocker blocker(m_preApprovalCategory);
        const QString selected = m_preApprovalCategory->currentData().toString();
        m_preApprovalCategory->clear();
        for (const PreApprovalCategory& category : RuleTables::instance().preApprovalCategories())
            m_preApprovalCategory->addItem(category.displayName(), category.key);
        m_preApprovalCategory->setCurrentIndex(std::max(0, m_preApprovalCategory->findData(selected)));
    }
    m_preApprovals->clear();
    if (const Website* w = current()) {
        for (const PreApproval& approval : w->preApprovals) {
            const PreApprovalCategory* category =
                RuleTables::instance().preApprovalCategory(approval.category);
            m_preApprovals->addItem((category ? category->displayName() : approval.category) + u" — "_s +
                                    approval.permitNumber);
        }
    }
}

void WebsitesPage::updatePledgeButton()
{
    // Offered only where the province wants the pledge sentence (R42) and it is not there yet.
    const ProvinceRules& rules = ProvinceRules::forProvince(draft().application().entity.provinceCode);
    const Website* w = m_index >= 0 && m_index < draft().application().websites.size()
                           ? &draft().application().websites.at(m_index)
                           : nullptr;
    const bool needed = rules.pledgeRequired && draft().application().entity.isIndividual() && w &&
                        !w->remarks.contains(ProvinceRules::pledgeKeyPhrase());
    m_pledgeButton->setVisible(needed);
}

void WebsitesPage::refreshList()
{
    const QList<Website>& sites = draft().application().websites;
    QStringList labels;
    QList<bool> problems;
    for (int i = 0; i < sites.size(); ++i) {
        labels.append(sites.at(i).name.isEmpty() ? tr("Website %1").arg(i + 1) : sites.at(i).name);
        problems.append(hasBlocking(draft().findingsUnder(FieldPath::website(i).root())));
    }
    m_list->setItems(labels, problems);
    m_domains->reload();
}

void WebsitesPage::reload()
{
    refreshList();
    if (m_list->currentIndex() < 0 && m_list->count() > 0)
        m_list->setCurrentIndex(0);
    selectWebsite(m_list->currentIndex());
    setEnabled(editable());
}

void WebsitesPage::retranslate()
{
    m_list->setTexts(tr("Websites"), tr("&Add website"), tr("&Remove website"));
    m_nameRow->setLabelText(tr("&Name:"));
    m_nameRow->setHint(tr("Describes the site; no company-type words, no personal names for companies."));
    m_urlsRow->setLabelText(tr("&Homepage URLs:"));
    m_urlsRow->setHint(tr("One per line, for example https://www.example.cn/"));
    m_domainsRow->setLabelText(tr("Domains:"));
    m_serviceTypeRow->setLabelText(tr("&Service type:"));
    m_principalRow->setLabelText(tr("&Principal:"));
    m_languagesRow->setLabelText(tr("&Languages:"));
    m_remarksRow->setLabelText(tr("Re&marks:"));
    m_pledgeButton->setText(tr("&Insert the pledge text this province requires"));
    m_preApprovalsRow->setLabelText(tr("Pre-appro&vals:"));
    m_permitNumber->setPlaceholderText(tr("Permit number"));
    m_permitNumber->setAccessibleName(tr("Permit number"));
    m_preApprovalCategory->setAccessibleName(tr("Pre-approval category"));
    m_addPreApproval->setText(tr("Add"));
    m_removePreApproval->setText(tr("Remove"));
    m_pledgeSignedRow->setLabelText(QString());
    m_pledgeSigned->setText(tr("The entity signed the no-pre-approval pledge"));
    m_filingNumberRow->setLabelText(tr("Website ICP n&umber:"));
    m_domains->retranslate();
    reload();
}

} // namespace icp

#include "wizard/PeoplePage.h"

#include "domain/FieldPath.h"
#include "validation/Contact.h"
#include "validation/Province.h"
#include "validation/ResidentId.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/FieldRow.h"
#include "wizard/ItemList.h"
#include "wizard/WizardText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

const QList<PersonRole> kRoles{PersonRole::EntityPrincipal, PersonRole::LegalRepresentative,
                               PersonRole::WebsitePrincipal, PersonRole::EmergencyContact,
                               PersonRole::Guardian};

} // namespace

PeoplePage::PeoplePage(ApplicationDraft& shared, QWidget* parent)
    : WizardPage(shared, parent)
{
    setObjectName(u"peoplePage"_s);
    m_list = new ItemList(u"person"_s, this);
    pageLayout()->addWidget(m_list);
    connect(m_list, &ItemList::currentIndexChanged, this, &PeoplePage::selectPerson);
    connect(m_list, &ItemList::addClicked, this, &PeoplePage::addPerson);
    connect(m_list, &ItemList::removeClicked, this, &PeoplePage::removePerson);

    m_editor = new QWidget(this);
    m_editor->setObjectName(u"personEditor"_s);
    pageLayout()->addWidget(m_editor);
    QFormLayout* form = addForm();
    pageLayout()->removeItem(form);
    m_editor->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0);

    m_name = addLineEdit(form, u"personNameLineEdit"_s, QString(), &m_nameRow);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Person* p = current()) {
            p->name = text;
            edited("name");
            refreshList();
        }
    });
    m_documentType = new QComboBox(this);
    m_documentTypeRow = addRow(form, m_documentType, u"personDocumentTypeComboBox"_s, QString());
    connect(m_documentType, &QComboBox::activated, this, [this] {
        if (Person* p = current()) {
            p->documentType = PersonDocumentType(m_documentType->currentData().toInt());
            edited("documentType");
            checkDocumentNumber();
        }
    });
    m_documentNumber = addLineEdit(form, u"personDocumentNumberLineEdit"_s, QString(), &m_documentNumberRow);
    connect(m_documentNumber, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Person* p = current()) {
            p->documentNumber = text.trimmed();
            edited("documentNumber");
            checkDocumentNumber();
        }
    });

    auto* expiryBox = new QWidget(this);
    auto* expiryLayout = new QHBoxLayout(expiryBox);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    m_expiry = new QDateEdit(expiryBox);
    m_expiry->setObjectName(u"personDocumentExpiryDateEdit"_s);
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDate(QDate(2000, 1, 1));
    m_longTerm = new QCheckBox(expiryBox);
    m_longTerm->setObjectName(u"personLongTermCheckBox"_s);
    expiryLayout->addWidget(m_expiry);
    expiryLayout->addWidget(m_longTerm);
    expiryLayout->addStretch();
    m_expiryRow = addRow(form, expiryBox, u"personDocumentExpiry"_s, QString());
    m_expiryRow->label()->setBuddy(m_expiry);
    connect(m_expiry, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (Person* p = current(); p && !m_longTerm->isChecked() && p->documentExpiry != date) {
            p->documentExpiry = date;
            edited("documentExpiry");
        }
    });
    connect(m_longTerm, &QCheckBox::toggled, this, [this](bool longTerm) {
        m_expiry->setEnabled(!longTerm);
        if (Person* p = current()) {
            const QDate value = longTerm ? QDate() : m_expiry->date();
            if (p->documentExpiry != value) {
                p->documentExpiry = value;
                edited("documentExpiry");
            }
        }
    });

    m_mobile = addLineEdit(form, u"personMobileLineEdit"_s, QString(), &m_mobileRow);
    connect(m_mobile, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Person* p = current()) {
            p->mobile = text.trimmed();
            edited("mobile");
            checkMobile();
        }
    });
    m_landline = addLineEdit(form, u"personLandlineLineEdit"_s, QString(), &m_landlineRow);
    connect(m_landline, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Person* p = current()) {
            p->landline = text.trimmed();
            edited("landline");
            checkLandline();
        }
    });
    m_email = addLineEdit(form, u"personEmailLineEdit"_s, QString(), &m_emailRow);
    connect(m_email, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (Person* p = current()) {
            p->email = text.trimmed();
            edited("email");
            checkEmail();
        }
    });

    m_rolesBox = new QWidget(this);
    auto* rolesLayout = new QVBoxLayout(m_rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    rolesLayout->setSpacing(2);
    for (PersonRole role : kRoles) {
        auto* box = new QCheckBox(m_rolesBox);
        box->setObjectName(u"role-"_s + toKey(role));
        rolesLayout->addWidget(box);
        m_roles.append(box);
        connect(box, &QCheckBox::toggled, this, [this, role](bool on) {
            Person* p = current();
            if (!p || p->hasRole(role) == on)
                return;
            if (on)
                p->roles.append(role);
            else
                p->roles.removeAll(role);
            edited("roles");
            refreshList();
        });
    }
    m_rolesRow = addRow(form, m_rolesBox, u"personRoles"_s, QString());
    m_rolesRow->label()->setBuddy(m_roles.first());

    retranslate();
    pageLayout()->addStretch();
}

WizardPage::Id PeoplePage::id() const
{
    return Id::People;
}

QString PeoplePage::title() const
{
    return tr("People");
}

QString PeoplePage::subtitle() const
{
    return tr("Everyone the application names. One person may hold several roles and be the principal of "
              "several websites.");
}

bool PeoplePage::focusField(const QString& fieldPath)
{
    const int index = wizard::listIndex(fieldPath, u"persons");
    if (index >= 0 && index < m_list->count())
        m_list->setCurrentIndex(index);
    if (WizardPage::focusField(fieldPath))
        return true;
    m_list->list()->setFocus(Qt::OtherFocusReason);
    return true;
}

void PeoplePage::showFindings()
{
    WizardPage::showFindings();
    refreshList();
}

Person* PeoplePage::current()
{
    QList<Person>& persons = draft().edit().persons;
    return m_index >= 0 && m_index < persons.size() ? &persons[m_index] : nullptr;
}

void PeoplePage::edited(const char* member)
{
    draft().markChanged(FieldPath::person(m_index).member(QLatin1StringView(member)));
}

void PeoplePage::addPerson()
{
    Person person;
    person.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The first person usually is the entity principal; later ones start without a role.
    if (!draft().application().personWithRole(PersonRole::EntityPrincipal))
        person.roles.append(PersonRole::EntityPrincipal);
    if (!draft().application().personWithRole(PersonRole::WebsitePrincipal))
        person.roles.append(PersonRole::WebsitePrincipal);
    draft().edit().persons.append(person);
    draft().markChanged(FieldPath::persons());
    refreshList();
    m_list->setCurrentIndex(int(draft().application().persons.size()) - 1);
    m_name->setFocus(Qt::OtherFocusReason);
}

void PeoplePage::removePerson(int index)
{
    QList<Person>& persons = draft().edit().persons;
    if (index < 0 || index >= persons.size())
        return;
    const QString id = persons.at(index).id;
    persons.removeAt(index);
    // A website whose principal was this person needs a new one (PER-014 says so).
    for (Website& site : draft().edit().websites) {
        if (site.principalId == id)
            site.principalId.clear();
    }
    draft().markChanged(FieldPath::persons());
    refreshList();
    selectPerson(m_list->currentIndex());
}

void PeoplePage::selectPerson(int index)
{
    m_index = index;
    const QList<std::pair<FieldRow*, const char*>> rows{{m_nameRow, "name"},
                                                        {m_documentTypeRow, "documentType"},
                                                        {m_documentNumberRow, "documentNumber"},
                                                        {m_expiryRow, "documentExpiry"},
                                                        {m_mobileRow, "mobile"},
                                                        {m_landlineRow, "landline"},
                                                        {m_emailRow, "email"},
                                                        {m_rolesRow, "roles"}};
    for (const auto& [row, member] : rows)
        reregister(row, index >= 0 ? FieldPath::person(index).member(QLatin1StringView(member)) : QString());
    loadPerson();
    WizardPage::showFindings();
}

void PeoplePage::loadPerson()
{
    const Person* p = m_index >= 0 && m_index < draft().application().persons.size()
                          ? &draft().application().persons.at(m_index)
                          : nullptr;
    m_editor->setVisible(p != nullptr);
    if (!p)
        return;
    const auto setText = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    setText(m_name, p->name);
    wizard::selectData(m_documentType, int(p->documentType));
    setText(m_documentNumber, p->documentNumber);
    {
        const QSignalBlocker b1(m_expiry);
        const QSignalBlocker b2(m_longTerm);
        m_longTerm->setChecked(!p->documentExpiry.isValid());
        m_expiry->setEnabled(p->documentExpiry.isValid());
        m_expiry->setDate(p->documentExpiry.isValid() ? p->documentExpiry : draft().today().addYears(10));
    }
    setText(m_mobile, p->mobile);
    setText(m_landline, p->landline);
    setText(m_email, p->email);
    for (int i = 0; i < kRoles.size(); ++i) {
        const QSignalBlocker blocker(m_roles.at(i));
        m_roles.at(i)->setChecked(p->hasRole(kRoles.at(i)));
    }
    checkDocumentNumber();
    checkMobile();
    checkEmail();
    checkLandline();
}

void PeoplePage::refreshList()
{
    const QList<Person>& persons = draft().application().persons;
    QStringList labels;
    QList<bool> problems;
    for (int i = 0; i < persons.size(); ++i) {
        const Person& p = persons.at(i);
        QStringList roles;
        for (PersonRole role : p.roles)
            roles.append(displayName(role));
        const QString name = p.name.isEmpty() ? tr("Person %1").arg(i + 1) : p.name;
        // The locale joins the roles ("a, b and c"; "a、b和c").
        labels.append(roles.isEmpty() ? name : tr("%1 — %2").arg(name, QLocale().createSeparatedList(roles)));
        problems.append(hasBlocking(draft().findingsUnder(FieldPath::person(i).root())));
    }
    m_list->setItems(labels, problems);
}

void PeoplePage::reload()
{
    refreshList();
    if (m_list->currentIndex() < 0 && m_list->count() > 0)
        m_list->setCurrentIndex(0);
    selectPerson(m_list->currentIndex());
    setEnabled(editable());
}

void PeoplePage::checkDocumentNumber()
{
    const Person* p = current();
    const QString number = p ? p->documentNumber : QString();
    if (number.isEmpty()) {
        m_documentNumberRow->clearInstantState();
        return;
    }
    switch (p->documentType) {
    case PersonDocumentType::ResidentId:
    case PersonDocumentType::ResidencePermit: {
        if (number.size() < 18) {
            m_documentNumberRow->setInstantState(true, tr("%1 of 18 characters").arg(number.size()));
            return;
        }
        const Result<ResidentId> id = parseResidentId(number, draft().today());
        if (!id) {
            m_documentNumberRow->setInstantState(false, id.error().message);
            return;
        }
        const Province* province = Provinces::byCode(id->provinceCode);
        m_documentNumberRow->setInstantState(
            true, tr("Valid ID number: born %1, issued in %2")
                      .arg(wizard::localDate(id->birthDate), province ? province->displayName() : QString()));
        return;
    }
    case PersonDocumentType::HomeReturnPermit: {
        const Result<QString> parsed = parseHomeReturnPermit(number);
        m_documentNumberRow->setInstantState(parsed.ok(), parsed.ok() ? QString() : parsed.error().message);
        return;
    }
    case PersonDocumentType::TaiwanPermit: {
        const Result<QString> parsed = parseTaiwanPermit(number);
        m_documentNumberRow->setInstantState(parsed.ok(), parsed.ok() ? QString() : parsed.error().message);
        return;
    }
    case PersonDocumentType::Passport: {
        const Result<QString> parsed = parsePassport(number, false);
        m_documentNumberRow->setInstantState(parsed.ok(), parsed.ok() ? QString() : parsed.error().message);
        return;
    }
    case PersonDocumentType::ForeignPermanentResidentId: {
        const Result<QString> parsed = parseForeignPermanentResidentId(number);
        m_documentNumberRow->setInstantState(parsed.ok(), parsed.ok() ? QString() : parsed.error().message);
        return;
    }
    }
}

void PeoplePage::checkMobile()
{
    const Person* p = current();
    if (!p || p->mobile.isEmpty()) {
        m_mobileRow->clearInstantState();
        return;
    }
    const Result<MobileNumber> mobile = parseMobile(p->mobile);
    if (!mobile) {
        // Half-typed numbers are not wrong yet.
        if (mobile.error().code == "mobile.length"_L1 && p->mobile.size() < 11)
            m_mobileRow->setInstantState(true, tr("%1 of 11 digits").arg(p->mobile.size()));
        else
            m_mobileRow->setInstantState(false, mobile.error().message);
        return;
    }
    const Province* home = Provinces::byCode(mobile->homeProvinceCode);
    m_mobileRow->setInstantState(true,
                                 home ? tr("Valid mobile number, registered in %1").arg(home->displayName())
                                      : tr("Valid mobile number"));
}

void PeoplePage::checkEmail()
{
    const Person* p = current();
    if (!p || p->email.isEmpty()) {
        m_emailRow->clearInstantState();
        return;
    }
    const Result<QString> email = parseEmail(p->email);
    m_emailRow->setInstantState(email.ok(), email.ok() ? QString() : email.error().message);
}

void PeoplePage::checkLandline()
{
    const Person* p = current();
    if (!p || p->landline.isEmpty()) {
        m_landlineRow->clearInstantState();
        return;
    }
    const Result<Landline> landline = parseLandline(p->landline);
    m_landlineRow->setInstantState(landline.ok(), landline.ok() ? QString() : landline.error().message);
}

void PeoplePage::retranslate()
{
    m_list->setTexts(tr("People"), tr("&Add person"), tr("&Remove person"));
    {
        const QSignalBlocker blocker(m_documentType);
        m_documentType->clear();
        for (PersonDocumentType type : enumValues<PersonDocumentType>())
            m_documentType->addItem(displayName(type), int(type));
    }
    m_nameRow->setLabelText(tr("&Name:"));
    m_documentTypeRow->setLabelText(tr("&Document:"));
    m_documentNumberRow->setLabelText(tr("Document n&umber:"));
    m_expiryRow->setLabelText(tr("&Valid until:"));
    m_longTerm->setText(tr("&Long-term"));
    m_mobileRow->setLabelText(tr("&Mobile:"));
    m_mobileRow->setHint(tr("Receives the MIIT verification SMS."));
    m_landlineRow->setLabelText(tr("&Office phone:"));
    m_emailRow->setLabelText(tr("&E-mail:"));
    m_rolesRow->setLabelText(tr("Ro&les:"));
    for (int i = 0; i < kRoles.size(); ++i)
        m_roles.at(i)->setText(displayName(kRoles.at(i)));
    reload();
}

} // namespace icp

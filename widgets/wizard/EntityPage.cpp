#include "wizard/EntityPage.h"

#include "domain/FieldPath.h"
#include "rules/RuleTables.h"
#include "validation/Contact.h"
#include "validation/Province.h"
#include "validation/ResidentId.h"
#include "validation/Uscc.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/FieldRow.h"
#include "wizard/WizardText.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace icp {

EntityPage::EntityPage(ApplicationDraft& shared, QWidget* parent)
    : WizardPage(shared, parent)
{
    setObjectName(u"entityPage"_s);
    QFormLayout* form = addForm();

    m_type = new QComboBox(this);
    m_typeRow = addRow(form, m_type, u"entityTypeComboBox"_s, FieldPath::entity().type());
    connect(m_type, &QComboBox::activated, this, [this] {
        draft().edit().entity.type = EntityType(m_type->currentData().toInt());
        draft().markChanged(FieldPath::entity().type());
        fillCertificateTypes();
        checkCertificateNumber();
        updateVisibility();
    });

    m_name = addLineEdit(form, u"entityNameLineEdit"_s, FieldPath::entity().name(), &m_nameRow);
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString& text) { editText(text, &Entity::name, FieldPath::entity().name()); });

    m_certificateType = new QComboBox(this);
    m_certificateTypeRow =
        addRow(form, m_certificateType, u"certificateTypeComboBox"_s, FieldPath::entity().certificateType());
    connect(m_certificateType, &QComboBox::activated, this, [this] {
        draft().edit().entity.certificateType = CertificateType(m_certificateType->currentData().toInt());
        draft().markChanged(FieldPath::entity().certificateType());
        checkCertificateNumber();
    });

    m_certificateNumber = addLineEdit(form, u"certificateNumberLineEdit"_s,
                                      FieldPath::entity().certificateNumber(), &m_certificateNumberRow);
    connect(m_certificateNumber, &QLineEdit::textEdited, this, [this](const QString& text) {
        editText(text.trimmed(), &Entity::certificateNumber, FieldPath::entity().certificateNumber());
        checkCertificateNumber();
    });

    m_certificateAddress = addLineEdit(form, u"certificateAddressLineEdit"_s,
                                       FieldPath::entity().certificateAddress(), &m_certificateAddressRow);
    connect(m_certificateAddress, &QLineEdit::textEdited, this, [this](const QString& text) {
        editText(text, &Entity::certificateAddress, FieldPath::entity().certificateAddress());
    });
    m_communicationAddress =
        addLineEdit(form, u"communicationAddressLineEdit"_s, FieldPath::entity().communicationAddress(),
                    &m_communicationAddressRow);
    connect(m_communicationAddress, &QLineEdit::textEdited, this, [this](const QString& text) {
        editText(text, &Entity::communicationAddress, FieldPath::entity().communicationAddress());
    });
    m_postcode = addLineEdit(form, u"postcodeLineEdit"_s, FieldPath::entity().postcode(), &m_postcodeRow);
    m_postcode->setMaxLength(6);
    connect(m_postcode, &QLineEdit::textEdited, this, [this](const QString& text) {
        editText(text.trimmed(), &Entity::postcode, FieldPath::entity().postcode());
        if (text.trimmed().isEmpty()) {
            m_postcodeRow->clearInstantState();
            return;
        }
        const Result<QString> parsed = parsePostcode(text);
        m_postcodeRow->setInstantState(parsed.ok(), parsed.ok() ? QString() : parsed.error().message);
    });
    m_investor = addLineEdit(form, u"investorLineEdit"_s, FieldPath::entity().investor(), &m_investorRow);
    connect(m_investor, &QLineEdit::textEdited, this, [this](const QString& text) {
        editText(text, &Entity::investor, FieldPath::entity().investor());
    });

    // Licences (R39): registered capital and foreign equity.
    m_capital = new QSpinBox(this);
    m_capital->setRange(0, 2000000000);
    m_capital->setSingleStep(100000);
    m_capital->setGroupSeparatorShown(true);
    m_capitalRow =
        addRow(form, m_capital, u"registeredCapitalSpinBox"_s, FieldPath::entity().registeredCapitalYuan());
    connect(m_capital, &QSpinBox::valueChanged, this, [this](int value) {
        if (draft().application().entity.registeredCapitalYuan == value)
            return;
        draft().edit().entity.registeredCapitalYuan = value;
        draft().markChanged(FieldPath::entity().registeredCapitalYuan());
    });
    m_foreignEquity = new QDoubleSpinBox(this);
    m_foreignEquity->setRange(0, 100);
    m_foreignEquity->setDecimals(2);
    m_foreignEquity->setSuffix(u" %"_s);
    m_foreignEquityRow =
        addRow(form, m_foreignEquity, u"foreignEquitySpinBox"_s, FieldPath::entity().foreignEquityPercent());
    connect(m_foreignEquity, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (qFuzzyCompare(draft().application().entity.foreignEquityPercent + 1, value + 1))
            return;
        draft().edit().entity.foreignEquityPercent = value;
        draft().markChanged(FieldPath::entity().foreignEquityPercent());
    });

    retranslate();
    pageLayout()->addStretch();
}

WizardPage::Id EntityPage::id() const
{
    return Id::Entity;
}

QString EntityPage::title() const
{
    return tr("Entity");
}

QString EntityPage::subtitle() const
{
    return tr("The organisation or person the websites belong to, exactly as on its certificate.");
}

void EntityPage::editText(const QString& text, QString Entity::*member, const QString& fieldPath)
{
    if (draft().application().entity.*member == text)
        return;
    draft().edit().entity.*member = text;
    draft().markChanged(fieldPath);
}

void EntityPage::reload()
{
    const Entity& entity = draft().application().entity;
    wizard::selectData(m_type, int(entity.type));
    fillCertificateTypes();
    const auto setText = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    setText(m_name, entity.name);
    setText(m_certificateNumber, entity.certificateNumber);
    setText(m_certificateAddress, entity.certificateAddress);
    setText(m_communicationAddress, entity.communicationAddress);
    setText(m_postcode, entity.postcode);
    setText(m_investor, entity.investor);
    {
        const QSignalBlocker b1(m_capital);
        m_capital->setValue(int(std::min<qint64>(entity.registeredCapitalYuan, m_capital->maximum())));
        const QSignalBlocker b2(m_foreignEquity);
        m_foreignEquity->setValue(entity.foreignEquityPercent);
    }
    checkCertificateNumber();
    updateVisibility();
    setEnabled(editable());
}

void EntityPage::fillCertificateTypes()
{
    // Only the certificates this entity type may use (certificate-types table, R06). A
    // stored value outside the list stays visible, so ENT-005 has something to point at.
    const Entity& entity = draft().application().entity;
    QList<CertificateType> allowed = RuleTables::instance().certificatesFor(entity.type);
    if (!allowed.contains(entity.certificateType))
        allowed.append(entity.certificateType);
    const QSignalBlocker blocker(m_certificateType);
    m_certificateType->clear();
    for (CertificateType type : allowed)
        m_certificateType->addItem(displayName(type), int(type));
    m_certificateType->setCurrentIndex(m_certificateType->findData(int(entity.certificateType)));
}

void EntityPage::checkCertificateNumber()
{
    // Instant feedback while typing; the rules engine's ENT-00x findings (same text as
    // icpctl check) take over under the field a moment later.
    const Entity& entity = draft().application().entity;
    const QString number = entity.certificateNumber.trimmed();
    if (number.isEmpty()) {
        m_certificateNumberRow->clearInstantState();
        return;
    }
    const bool uscc = RuleTables::instance().isUsccCertificate(entity.certificateType) ||
                      (number.size() == 18 && !entity.isIndividual());
    if (entity.isIndividual() && (entity.certificateType == CertificateType::ResidentId ||
                                  entity.certificateType == CertificateType::ResidencePermit)) {
        if (number.size() < 18) {
            m_certificateNumberRow->setInstantState(true, tr("%1 of 18 characters").arg(number.size()));
            return;
        }
        const Result<ResidentId> id = parseResidentId(number, draft().today());
        if (!id) {
            m_certificateNumberRow->setInstantState(false, id.error().message);
            return;
        }
        const Province* province = Provinces::byCode(id->provinceCode);
        m_certificateNumberRow->setInstantState(
            true, tr("Valid ID number: born %1, issued in %2")
                      .arg(wizard::localDate(id->birthDate), province ? province->displayName() : QString()));
        return;
    }
    if (!uscc) {
        m_certificateNumberRow->clearInstantState();
        return;
    }
    if (number.size() < 18) {
        m_certificateNumberRow->setInstantState(true, tr("%1 of 18 characters").arg(number.size()));
        return;
    }
    const Result<Uscc> code = parseUscc(number);
    if (!code) {
        m_certificateNumberRow->setInstantState(false, code.error().message);
        return;
    }
    // R05: the category in the code must fit the entity type.
    const QList<EntityType> fitting =
        RuleTables::instance().entityTypesForUsccPrefix(code->authorityCategory);
    if (!fitting.isEmpty() && !fitting.contains(entity.type)) {
        m_certificateNumberRow->setInstantState(
            false,
            tr("The code is valid but belongs to a %1 (%2), not to a %3: check the entity type.")
                .arg(usccCategoryName(code->category), code->authorityCategory, displayName(entity.type)));
        return;
    }
    m_certificateNumberRow->setInstantState(
        true, tr("Valid code: %1 (%2)").arg(usccCategoryName(code->category), code->authorityCategory));
}

void EntityPage::updateVisibility()
{
    const Application& app = draft().application();
    const bool licence = app.kind == ApplicationKind::Licence;
    for (FieldRow* row : {m_capitalRow, m_foreignEquityRow}) {
        row->setVisible(licence);
        row->label()->setVisible(licence);
    }
    const bool individual = app.entity.isIndividual();
    m_investorRow->setVisible(!individual);
    m_investorRow->label()->setVisible(!individual);
    m_nameRow->setLabelText(individual ? tr("&Name (as on the ID):") : tr("&Name:"));
    m_certificateNumberRow->setLabelText(individual ? tr("ID n&umber:") : tr("Certificate n&umber:"));
}

void EntityPage::retranslate()
{
    {
        const QSignalBlocker blocker(m_type);
        m_type->clear();
        for (EntityType type : enumValues<EntityType>())
            m_type->addItem(displayName(type), int(type));
    }
    m_typeRow->setLabelText(tr("Entity &type:"));
    m_certificateTypeRow->setLabelText(tr("&Certificate:"));
    m_certificateTypeRow->setHint(tr("Only the certificates this entity type may file with are listed."));
    m_certificateAddressRow->setLabelText(tr("Certificate &address:"));
    m_communicationAddressRow->setLabelText(tr("&Mailing address:"));
    m_communicationAddressRow->setHint(tr("Down to the street number; the authority may send letters here."));
    m_postcodeRow->setLabelText(tr("&Postcode:"));
    m_investorRow->setLabelText(tr("&Investor or supervising body:"));
    m_capitalRow->setLabelText(tr("Registered &capital (yuan):"));
    m_foreignEquityRow->setLabelText(tr("&Foreign equity:"));
    reload();
}

} // namespace icp

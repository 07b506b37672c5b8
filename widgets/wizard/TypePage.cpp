#include "wizard/TypePage.h"

#include "domain/FieldPath.h"
#include "rules/RuleTables.h"
#include "validation/IcpNumber.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/FieldRow.h"
#include "wizard/WizardText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace icp {

TypePage::TypePage(ApplicationDraft& shared, QWidget* parent)
    : WizardPage(shared, parent)
{
    setObjectName(u"typePage"_s);
    QFormLayout* form = addForm();

    m_kind = new QComboBox(this);
    m_kindRow = addRow(form, m_kind, u"kindComboBox"_s, FieldPath::kind());
    connect(m_kind, &QComboBox::activated, this, [this] {
        draft().edit().kind = ApplicationKind(m_kind->currentData().toInt());
        draft().markChanged(FieldPath::kind());
        updateVisibility();
    });

    m_operation = new QComboBox(this);
    m_operationRow = addRow(form, m_operation, u"operationComboBox"_s, FieldPath::operation());
    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_operation->currentData().isValid())
            return;
        const auto operation = Operation(m_operation->currentData().toInt());
        if (draft().application().operation != operation) {
            draft().edit().operation = operation;
            draft().markChanged(FieldPath::operation());
        }
        updateExplanation();
        updateVisibility();
    });

    m_province = new QComboBox(this);
    m_provinceRow = addRow(form, m_province, u"provinceComboBox"_s, FieldPath::entity().provinceCode());
    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        const int code = m_province->currentData().toInt();
        if (draft().application().entity.provinceCode == code)
            return;
        draft().edit().entity.provinceCode = code;
        draft().markChanged(FieldPath::entity().provinceCode());
    });

    m_filingNumber = addLineEdit(form, u"entityFilingNumberLineEdit"_s, FieldPath::entity().filingNumber(),
                                 &m_filingNumberRow);
    connect(m_filingNumber, &QLineEdit::textEdited, this, [this](const QString& text) {
        draft().edit().entity.filingNumber = text.trimmed();
        draft().markChanged(FieldPath::entity().filingNumber());
        if (text.trimmed().isEmpty()) {
            m_filingNumberRow->clearInstantState();
            return;
        }
        const Result<FilingNumber> parsed = parseFilingNumber(text);
        m_filingNumberRow->setInstantState(parsed.ok(), parsed.ok() ? QString() : parsed.error().message);
    });

    m_scope = new QComboBox(this);
    m_scopeRow = addRow(form, m_scope, u"licenceScopeComboBox"_s, FieldPath::licenceScope());
    connect(m_scope, &QComboBox::activated, this, [this] {
        draft().edit().licenceScope = LicenceScope(m_scope->currentData().toInt());
        draft().markChanged(FieldPath::licenceScope());
    });
    m_services = new QListWidget(this);
    m_services->setMaximumHeight(m_services->fontMetrics().height() * 8);
    for (const QString& code : RuleTables::instance().licenceLimits().serviceCodes) {
        auto* item = new QListWidgetItem(code, m_services);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_servicesRow =
        addRow(form, m_services, u"serviceCategoriesList"_s, FieldPath::serviceCategories(), true);
    connect(m_services, &QListWidget::itemChanged, this, [this] {
        QStringList codes;
        for (int i = 0; i < m_services->count(); ++i) {
            if (m_services->item(i)->checkState() == Qt::Checked)
                codes.append(m_services->item(i)->text());
        }
        if (codes == draft().application().serviceCategories)
            return;
        draft().edit().serviceCategories = codes;
        draft().markChanged(FieldPath::serviceCategories());
    });

    retranslate();
    pageLayout()->addStretch();
}

WizardPage::Id TypePage::id() const
{
    return Id::Type;
}

QString TypePage::title() const
{
    return tr("Application type");
}

QString TypePage::subtitle() const
{
    return tr("What you are applying for, and in which province the entity files.");
}

void TypePage::reload()
{
    const Application& app = draft().application();
    wizard::selectData(m_kind, int(app.kind));
    wizard::selectData(m_operation, int(app.operation));
    wizard::selectData(m_province, app.entity.provinceCode);
    if (m_filingNumber->text() != app.entity.filingNumber)
        m_filingNumber->setText(app.entity.filingNumber);
    wizard::selectData(m_scope, int(app.licenceScope));
    {
        const QSignalBlocker blocker(m_services);
        for (int i = 0; i < m_services->count(); ++i) {
            QListWidgetItem* item = m_services->item(i);
            item->setCheckState(app.serviceCategories.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    setEnabled(editable());
    updateExplanation();
    updateVisibility();
}

void TypePage::retranslate()
{
    {
        const QSignalBlocker b1(m_kind);
        m_kind->clear();
        for (ApplicationKind kind : enumValues<ApplicationKind>())
            m_kind->addItem(displayName(kind), int(kind));
        const QSignalBlocker b2(m_operation);
        m_operation->clear();
        for (Operation operation : enumValues<Operation>())
            m_operation->addItem(displayName(operation), int(operation));
        const QSignalBlocker b3(m_scope);
        m_scope->clear();
        for (LicenceScope scope : enumValues<LicenceScope>())
            m_scope->addItem(displayName(scope), int(scope));
    }
    wizard::fillProvinces(m_province);
    m_kindRow->setLabelText(tr("&Kind:"));
    m_kindRow->setHint(tr("A filing (备案) for non-commercial sites; a licence (ICP证) for paid "
                          "online services."));
    m_operationRow->setLabelText(tr("&Operation:"));
    m_provinceRow->setLabelText(tr("&Province:"));
    m_provinceRow->setHint(tr("Where the entity is registered: its Communications Administration "
                              "decides the filing."));
    m_filingNumberRow->setLabelText(tr("Entity ICP &number:"));
    m_filingNumberRow->setHint(tr("The number the entity already holds, for example 京ICP备12345678号."));
    m_scopeRow->setLabelText(tr("Licence &scope:"));
    m_servicesRow->setLabelText(tr("&Service categories:"));
    reload();
}

void TypePage::updateExplanation()
{
    QString text;
    switch (draft().application().operation) {
    case Operation::FirstFiling:
        text = tr("The entity has no ICP filing yet: file the entity and its first websites together.");
        break;
    case Operation::NewWebsite:
        text = tr("The entity is already filed: add one or more websites to its number.");
        break;
    case Operation::NewAccess:
        text = tr("A filed website moves to (or adds) a hosting provider: file the new access.");
        break;
    case Operation::Change:
        text = tr("Correct or update the entity's, a person's or a website's filed details.");
        break;
    case Operation::CancelEntity:
        text = tr("Withdraw the entity's filing and every website under it.");
        break;
    case Operation::CancelWebsite:
        text = tr("Withdraw one website's filing; the entity keeps its number.");
        break;
    case Operation::CancelAccess:
        text = tr("End the access at one provider; the website stays filed if it has another.");
        break;
    }
    // The explanation is the row's hint: under the field, and in its accessible description.
    m_operationRow->setHint(text);
}

void TypePage::updateVisibility()
{
    const Application& app = draft().application();
    const bool licence = app.kind == ApplicationKind::Licence;
    const bool needsNumber = app.operation != Operation::FirstFiling;
    for (QWidget* w :
         {static_cast<QWidget*>(m_filingNumberRow), static_cast<QWidget*>(m_filingNumberRow->label())})
        w->setVisible(needsNumber);
    for (FieldRow* row : {m_scopeRow, m_servicesRow}) {
        row->setVisible(licence);
        row->label()->setVisible(licence);
    }
}

} // namespace icp

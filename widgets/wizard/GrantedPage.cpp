#include "wizard/GrantedPage.h"

#include "core/BeijingTime.h"
#include "domain/Licence.h"
#include "rules/ProvinceRules.h"
#include "rules/RuleTables.h"
#include "store/LicenceRepository.h"
#include "validation/IcpNumber.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/WizardText.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

QDate grantedOn(const Application& app)
{
    for (auto it = app.history.crbegin(); it != app.history.crend(); ++it) {
        if (it->status == ApplicationStatus::Granted)
            return beijing::dateOf(it->at); // the PSB deadline counts Beijing days (docs/regulations.md §11)
    }
    return {};
}

} // namespace

GrantedPage::GrantedPage(ApplicationDraft& shared, QWidget* parent)
    : WizardPage(shared, parent)
{
    setObjectName(u"grantedPage"_s);
    m_numbers = new QLabel(this);
    m_numbers->setObjectName(u"icpNumbers"_s);
    m_numbers->setWordWrap(true);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_numbers->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_numbers->setFont(big);
    pageLayout()->addWidget(m_numbers);

    m_footerLabel = new QLabel(this);
    m_footerLabel->setWordWrap(true);
    pageLayout()->addWidget(m_footerLabel);
    auto* footerLine = new QHBoxLayout;
    m_footer = new QPlainTextEdit(this);
    m_footer->setObjectName(u"footerSnippet"_s);
    m_footer->setReadOnly(true);
    m_footer->setTabChangesFocus(true);
    m_footer->setMaximumHeight(m_footer->fontMetrics().lineSpacing() * 4 + 12);
    m_footerLabel->setBuddy(m_footer);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(u"copyFooterButton"_s);
    footerLine->addWidget(m_footer, 1);
    footerLine->addWidget(m_copy, 0, Qt::AlignTop);
    pageLayout()->addLayout(footerLine);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_footer->toPlainText()); });

    m_obligationsLabel = new QLabel(this);
    pageLayout()->addWidget(m_obligationsLabel);
    m_obligations = new QTreeWidget(this);
    m_obligations->setObjectName(u"obligationsList"_s);
    m_obligations->setColumnCount(2);
    m_obligations->setRootIsDecorated(false);
    m_obligations->setWordWrap(true);
    m_obligations->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_obligations->setMinimumHeight(m_obligations->fontMetrics().lineSpacing() * 6);
    m_obligationsLabel->setBuddy(m_obligations);
    pageLayout()->addWidget(m_obligations, 1);
    retranslate();
}

WizardPage::Id GrantedPage::id() const
{
    return Id::Granted;
}

QString GrantedPage::title() const
{
    return tr("Application granted");
}

QString GrantedPage::subtitle() const
{
    return tr("The numbers to show on the websites and what is due next.");
}

bool GrantedPage::focusField(const QString&)
{
    m_copy->setFocus(Qt::OtherFocusReason);
    return true;
}

QString GrantedPage::footerHtml() const
{
    // R37: the footer shows the number, linked to the MIIT query site; some provinces want
    // the entity number (without -n) on every site.
    const Application& app = draft().application();
    const bool entityNumber = ProvinceRules::forProvince(app.entity.provinceCode).footerEntityNumber;
    QStringList numbers;
    for (const Website& site : app.websites) {
        QString number = site.filingNumber.isEmpty() ? app.entity.filingNumber : site.filingNumber;
        if (entityNumber) {
            if (const Result<FilingNumber> parsed = parseFilingNumber(number))
                number = parsed->entityNumber();
        }
        if (!number.isEmpty() && !numbers.contains(number))
            numbers.append(number);
    }
    if (numbers.isEmpty() && !app.entity.filingNumber.isEmpty())
        numbers.append(app.entity.filingNumber);
    QStringList lines;
    for (const QString& number : std::as_const(numbers))
        lines.append(u"<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener\">"_s +
                     number.toHtmlEscaped() + u"</a>"_s);
    return lines.join(u'\n');
}

void GrantedPage::reload()
{
    const Application& app = draft().application();
    QStringList numbers;
    if (!app.entity.filingNumber.isEmpty())
        numbers.append(tr("Entity: %1").arg(app.entity.filingNumber));
    for (int i = 0; i < app.websites.size(); ++i) {
        const Website& site = app.websites.at(i);
        if (!site.filingNumber.isEmpty())
            numbers.append(tr("%1: %2").arg(site.name.isEmpty() ? tr("Website %1").arg(i + 1) : site.name,
                                            site.filingNumber));
    }
    m_numbers->setText(numbers.isEmpty() ? tr("No number has been granted yet.") : numbers.join(u'\n'));
    m_footer->setPlainText(footerHtml());
    m_copy->setEnabled(!m_footer->toPlainText().isEmpty());

    // Obligations with dates, from the day the number was granted (the earliest launch).
    m_obligations->clear();
    const QDate granted = grantedOn(app);
    const auto add = [this](const QString& due, const QString& what) {
        auto* item = new QTreeWidgetItem(m_obligations);
        item->setText(0, due);
        item->setText(1, what);
        item->setToolTip(1, what);
    };
    const int psbDays = RuleTables::instance().orderLimits().psbDays;
    add(granted.isValid() ? tr("by %1 if launched on %2")
                                .arg(wizard::localDate(granted.addDays(psbDays)), wizard::localDate(granted))
                          : tr("%n day(s) after launch", nullptr, psbDays),
        tr("Public-security filing (公安备案) at beian.mps.gov.cn within %n day(s) of the website going "
           "live, "
           "then show its number in the footer too.",
           nullptr, psbDays));
    add(tr("always"), tr("Keep the footer number linked to https://beian.miit.gov.cn/ on every page."));
    if (app.kind == ApplicationKind::Licence) {
        // The licence record when the registry has it, else the one this grant implies.
        Licence licence;
        LicenceRepository licences(draft().database());
        if (Result<QList<Licence>> all = licences.list()) {
            for (const Licence& l : all.value()) {
                if (l.applicationId == app.id)
                    licence = l;
            }
        }
        if (!licence.issuedOn.isValid() && granted.isValid()) {
            licence.issuedOn = granted;
            licence.expiresOn = granted.addYears(RuleTables::instance().licenceLimits().validityYears);
        }
        if (licence.issuedOn.isValid()) {
            const int firstYear = licence.issuedOn.year();
            for (int year = firstYear; year < firstYear + 2; ++year) {
                const QDate due = licence.annualReportDueOn(year);
                add(tr("%1 – %2").arg(wizard::localDate(QDate(due.year(), 1, 1)), wizard::localDate(due)),
                    tr("Annual report on the operating year %1 (ICP licence).").arg(year));
            }
            add(wizard::localDate(licence.renewalDueOn()),
                tr("Apply to renew the licence (it expires on %1).")
                    .arg(wizard::localDate(licence.expiresOn)));
        }
    }
}

void GrantedPage::retranslate()
{
    m_footerLabel->setText(tr("&Footer HTML for the websites:"));
    m_copy->setText(tr("&Copy"));
    m_copy->setAccessibleDescription(tr("Copies the footer HTML to the clipboard"));
    m_obligationsLabel->setText(tr("&What is due next:"));
    m_obligations->setHeaderLabels({tr("When"), tr("What")});
    reload();
}

} // namespace icp

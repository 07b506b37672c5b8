#include "wizard/GrantedPage.h"

#include "core/BeijingTime.h"
#include "domain/Licence.h"
#include "obligations/ObligationEngine.h"
#include "rules/ProvinceRules.h"
#include "store/LicenceRepository.h"
#include "store/ObligationCompletionRepository.h"
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
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

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

    // What is due next: the obligations engine's, for this application and its licence (the
    // record when the registry has it, else the one the grant implies).
    m_obligations->clear();
    const auto add = [this](const QString& due, const QString& what) {
        auto* item = new QTreeWidgetItem(m_obligations);
        item->setText(0, due);
        item->setText(1, what);
        item->setToolTip(1, what);
    };
    QList<Licence> licences;
    if (Result<QList<Licence>> all = LicenceRepository(draft().database()).list())
        licences = all.value();
    QSet<QString> done; // marked done (docs/obligations.md "Marking done"): not listed
    if (Result<QSet<QString>> ids = ObligationCompletionRepository(draft().database()).doneIds())
        done = ids.value();
    QSettings settings;
    const ObligationEngine engine(beijing::now(), ObligationLadders::fromSettings(settings));
    for (const Obligation& o : withoutDone(engine.ofGrantedApplication(app, licences), done)) {
        const QString when = o.dueAt.isValid() ? wizard::localDateTime(o.dueAt) : wizard::localDate(o.dueOn);
        add(o.isLate() || o.state == ObligationState::DueSoon ? tr("%1 (%2)").arg(when, displayName(o.state))
                                                              : when,
            tr("%1: %2").arg(o.title, o.note));
    }
    add(tr("always"), tr("Keep the footer number linked to https://beian.miit.gov.cn/ on every page."));
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

#include "wizard/ApplicationWizard.h"

#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/FieldRow.h"
#include "wizard/PageFactory.h"
#include "wizard/PageOwnership.h"
#include "wizard/WizardPage.h"

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr int kPageKeyRole = Qt::UserRole + 1;

} // namespace

ApplicationWizard::ApplicationWizard(Database& database, const QString& applicationId,
                                     DialogProvider& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_repository(std::make_unique<ApplicationRepository>(database))
    , m_applicationId(applicationId)
{
    setObjectName(u"applicationWizard"_s);
    Result<Application> loaded = m_repository->load(applicationId);
    if (loaded) {
        m_draft = new ApplicationDraft(database, std::move(loaded).value(), this);
        connect(m_draft, &ApplicationDraft::saved, this, [this] { Q_EMIT saved(m_applicationId); });
        connect(m_draft, &ApplicationDraft::saveFailed, this,
                [this](const QString& message) { setStatusMessage(message, true); });
        connect(m_draft, &ApplicationDraft::findingsChanged, this, &ApplicationWizard::showFindingsOnPages);
        connect(m_draft, &ApplicationDraft::saved, this, [this] {
            // A submit (or a sync) changed the status: steps and buttons follow it.
            updateSideList();
            updateButtons();
            if (m_statusIsError)
                setStatusMessage(QString(), false);
        });
    } else {
        m_loadError = loaded.error().message;
    }
    buildUi(dialogs);
    retranslate();
    if (m_draft) {
        const QString saved = m_draft->application().wizardPage;
        if (!showPage(pageKeys().contains(saved) ? saved : pageKeys().first()))
            showPage(pageKeys().first());
        showFindingsOnPages();
    }
}

ApplicationWizard::~ApplicationWizard()
{
    // Discarded on purpose: a failure was shown (saveFailed) and logged by saveNow(); the
    // wizard is going away, so there is nothing left to do with it.
    if (m_draft)
        (void)m_draft->saveNow();
    // Pages refer to the draft: destroy them before it (it is a child too).
    delete m_stack;
    m_stack = nullptr;
    delete m_draft;
}

QString ApplicationWizard::applicationId() const
{
    return m_applicationId;
}

QStringList ApplicationWizard::pageKeys()
{
    QStringList keys;
    for (const wizard::PageInfo& page : wizard::pageTable())
        keys.append(page.key.toString());
    return keys;
}

QString ApplicationWizard::currentPageKey() const
{
    if (!m_stack || m_pages.isEmpty())
        return {};
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_pages.size() ? m_pages.at(index)->key() : QString();
}

bool ApplicationWizard::showPage(const QString& key)
{
    const int index = pageIndex(key);
    if (index < 0)
        return false;
    m_stack->setCurrentIndex(index);
    m_draft->setWizardPage(key);
    m_pages.at(index)->reload();
    m_pages.at(index)->showFindings();
    setStatusMessage(QString(), false);
    updateSideList();
    updateButtons();
    retranslate();
    return true;
}

bool ApplicationWizard::focusField(const QString& fieldPath)
{
    const QString key = pageKeyForFieldPath(fieldPath);
    if (key.isEmpty() || !showPage(key))
        return false;
    WizardPage* target = page(key);
    if (!target->focusField(fieldPath))
        return false;
    if (QWidget* focused = target->focusWidget())
        m_scrolls.at(pageIndex(key))->ensureWidgetVisible(focused);
    return true;
}

bool ApplicationWizard::saveNow()
{
    if (!m_draft)
        return false;
    return m_draft->saveNow().ok();
}

WizardPage* ApplicationWizard::page(const QString& key) const
{
    const int index = pageIndex(key);
    return index >= 0 ? m_pages.at(index) : nullptr;
}

bool ApplicationWizard::next()
{
    if (!m_draft)
        return false;
    const int index = m_stack->currentIndex();
    if (index + 1 >= m_pages.size())
        return false;
    WizardPage* current = m_pages.at(index);
    // Next never refuses silently (issue 3 item 3): it names what is missing on this
    // page and puts the cursor there. Steps 2–4 are not gated here (Submit is).
    if (wizard::pageStep(current->id()) == 1 && current->id() != WizardPage::Id::Review &&
        current->editable()) {
        m_draft->revalidateNow();
        QStringList problems;
        QString firstPath;
        for (const Finding& f : m_draft->findings()) {
            if (f.severity != Severity::Blocking || !current->ownsFieldPath(f.fieldPath))
                continue;
            if (firstPath.isEmpty())
                firstPath = f.fieldPath;
            problems.append(f.message);
        }
        const QStringList instant = current->instantProblems();
        problems += instant;
        if (!problems.isEmpty()) {
            QString text =
                tr("Before going on, fix %n problem(s) on this page:", nullptr, int(problems.size())) + u' ' +
                problems.first();
            if (problems.size() > 1)
                text +=
                    u' ' + tr("(and %n more, listed under the fields)", nullptr, int(problems.size() - 1));
            setStatusMessage(text, true);
            if (!firstPath.isEmpty())
                current->focusField(firstPath);
            return false;
        }
    }
    return showPage(m_pages.at(index + 1)->key());
}

void ApplicationWizard::back()
{
    const int index = m_stack->currentIndex();
    if (index > 0)
        showPage(m_pages.at(index - 1)->key());
}

QString ApplicationWizard::statusMessage() const
{
    return m_statusLine ? m_statusLine->text() : QString();
}

void ApplicationWizard::reloadFromDatabase()
{
    if (!m_draft)
        return;
    Result<Application> stored = m_repository->load(m_applicationId);
    if (!stored) {
        setStatusMessage(stored.error().message, true);
        return;
    }
    const int stepBefore = wizardStep(m_draft->application().status);
    m_draft->applyStored(stored.value());
    const int step = wizardStep(m_draft->application().status);
    const QString key = currentPageKey();
    // Someone watching step 2 or 3 sees the audit move on; step-1 pages stay where they are.
    const std::optional<WizardPage::Id> shown = wizard::pageFromKey(key);
    const bool following = shown == WizardPage::Id::Submit || shown == WizardPage::Id::Audit;
    if (following && step != stepBefore && step >= 3) {
        showPage(wizard::pageKey(step >= 4 ? WizardPage::Id::Granted : WizardPage::Id::Audit));
        return;
    }
    if (WizardPage* current = page(key)) {
        current->reload();
        current->showFindings();
    }
    updateSideList();
    updateButtons();
    retranslate();
}

void ApplicationWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Finding messages are translated when the rules run: run them again.
        if (m_draft)
            m_draft->revalidateNow(true);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ApplicationWizard::keyPressEvent(QKeyEvent* event)
{
    // Enter = Next (issue 3 item 5). Line edits, combo boxes and check boxes let Return
    // through to us; multi-line editors, lists and buttons keep it for themselves.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier && m_nextButton->isEnabled()) {
        next();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ApplicationWizard::buildUi(DialogProvider& dialogs)
{
    auto* outer = new QHBoxLayout(this);
    m_sideList = new QTreeWidget(this);
    m_sideList->setObjectName(u"stepList"_s);
    m_sideList->setHeaderHidden(true);
    m_sideList->setRootIsDecorated(false);
    m_sideList->setItemsExpandable(false);
    m_sideList->setMaximumWidth(260);
    outer->addWidget(m_sideList);

    auto* right = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"pageTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(u"pageSubtitle"_s);
    m_subtitle->setWordWrap(true);
    right->addWidget(m_title);
    right->addWidget(m_subtitle);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"pageStack"_s);
    if (m_draft) {
        m_pages = createWizardPages(*m_draft, dialogs, m_stack);
        for (WizardPage* page : std::as_const(m_pages)) {
            auto* scroll = new QScrollArea(m_stack);
            scroll->setObjectName(page->key() + u"Scroll"_s);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidget(page);
            m_scrolls.append(scroll);
            m_stack->addWidget(scroll);
            connect(page, &WizardPage::nextRequested, this, [this] { next(); });
            connect(page, &WizardPage::fieldRequested, this,
                    [this](const QString& path) { focusField(path); });
            connect(page, &WizardPage::pageRequested, this, [this](const QString& key) { showPage(key); });
        }
    } else {
        auto* error = new QLabel(m_loadError, m_stack);
        error->setObjectName(u"loadError"_s);
        error->setWordWrap(true);
        m_stack->addWidget(error);
    }
    right->addWidget(m_stack, 1);

    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(u"wizardStatusLine"_s);
    m_statusLine->setWordWrap(true);
    m_statusLine->setVisible(false);
    right->addWidget(m_statusLine);

    auto* buttons = new QHBoxLayout;
    m_listButton = new QPushButton(this);
    m_listButton->setObjectName(u"backToListButton"_s);
    connect(m_listButton, &QPushButton::clicked, this, [this] {
        if (saveNow() || !m_draft)
            Q_EMIT closeRequested();
    });
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(u"backButton"_s);
    connect(m_backButton, &QPushButton::clicked, this, &ApplicationWizard::back);
    m_nextButton = new QPushButton(this);
    m_nextButton->setObjectName(u"nextButton"_s);
    m_nextButton->setDefault(true);
    connect(m_nextButton, &QPushButton::clicked, this, [this] { next(); });
    buttons->addWidget(m_listButton);
    buttons->addStretch();
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    right->addLayout(buttons);
    outer->addLayout(right, 1);

    buildSideList();
    connect(m_sideList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString key = item->data(0, kPageKeyRole).toString();
        if (!key.isEmpty() && key != currentPageKey())
            showPage(key);
    });
    connect(m_sideList, &QTreeWidget::itemClicked, m_sideList, &QTreeWidget::itemActivated);
}

void ApplicationWizard::buildSideList()
{
    // One line per step opening its first page; step 1 holds a line per page too.
    for (int step = 1; step <= 4; ++step) {
        auto* item = new QTreeWidgetItem(m_sideList);
        m_stepItems.append(item);
        item->setData(0, kPageKeyRole, wizard::pageKey(wizard::firstPageOfStep(step)));
        if (step == 1) {
            for (const wizard::PageInfo& page : wizard::pageTable()) {
                if (page.step != 1)
                    continue;
                auto* child = new QTreeWidgetItem(item);
                child->setData(0, kPageKeyRole, page.key.toString());
            }
        }
    }
    m_sideList->expandAll();
}

void ApplicationWizard::retranslate()
{
    const QStringList stepNames{tr("1 Collect application information"), tr("2 Submit for auditing"),
                                tr("3 Application audited"), tr("4 Application granted")};
    for (int step = 0; step < m_stepItems.size(); ++step) {
        m_stepItems.at(step)->setText(0, stepNames.at(step));
        for (int i = 0; i < m_stepItems.at(step)->childCount(); ++i) {
            QTreeWidgetItem* child = m_stepItems.at(step)->child(i);
            if (WizardPage* p = page(child->data(0, kPageKeyRole).toString()))
                child->setText(0, p->title());
        }
    }
    m_sideList->setAccessibleName(tr("Steps"));
    m_listButton->setText(tr("&Applications"));
    m_listButton->setToolTip(tr("Save and go back to the list of applications"));
    m_backButton->setText(tr("&Back"));
    m_nextButton->setText(
        wizard::pageFromKey(currentPageKey()) == WizardPage::Id::Review ? tr("&Next: submit") : tr("&Next"));
    m_nextButton->setToolTip(tr("Enter"));
    if (WizardPage* current = page(currentPageKey())) {
        m_title->setText(current->title());
        m_subtitle->setText(current->subtitle());
        m_subtitle->setVisible(!current->subtitle().isEmpty());
    }
}

void ApplicationWizard::updateSideList()
{
    const QString key = currentPageKey();
    const std::optional<WizardPage::Id> shown = wizard::pageFromKey(key);
    const int currentStep = shown ? wizard::pageStep(*shown) - 1 : 0;
    const int reached = m_draft ? wizardStep(m_draft->application().status) - 1 : 0;
    for (int step = 0; step < m_stepItems.size(); ++step) {
        QTreeWidgetItem* item = m_stepItems.at(step);
        QFont font = m_sideList->font();
        font.setBold(step == currentStep);
        item->setFont(0, font);
        // The step the application is in gets the highlight; finished steps a tick.
        item->setBackground(0, step == reached ? m_sideList->palette().alternateBase() : QBrush());
        item->setIcon(0, step < reached ? style()->standardIcon(QStyle::SP_DialogApplyButton) : QIcon());
        if (step == currentStep && step > 0)
            m_sideList->setCurrentItem(item);
        for (int i = 0; i < item->childCount(); ++i) {
            if (item->child(i)->data(0, kPageKeyRole).toString() == key)
                m_sideList->setCurrentItem(item->child(i));
        }
    }
}

void ApplicationWizard::updateButtons()
{
    const int index = m_stack->currentIndex();
    m_backButton->setEnabled(index > 0);
    // After Submit the next page follows the audit, not the user: Next stops at step 2
    // until the application moves on (a granted one may look at step 4).
    const int step = m_draft ? wizardStep(m_draft->application().status) : 1;
    const int last = step >= 4   ? int(m_pages.size()) - 1
                     : step == 3 ? pageIndex(wizard::pageKey(WizardPage::Id::Audit))
                                 : pageIndex(wizard::pageKey(WizardPage::Id::Submit));
    m_nextButton->setEnabled(index < last);
}

void ApplicationWizard::showFindingsOnPages()
{
    for (WizardPage* p : std::as_const(m_pages))
        p->showFindings();
}

void ApplicationWizard::setStatusMessage(const QString& text, bool error)
{
    m_statusIsError = error;
    QFont font = m_statusLine->font();
    font.setBold(error);
    m_statusLine->setFont(font);
    m_statusLine->setText(text);
    m_statusLine->setVisible(!text.isEmpty());
}

int ApplicationWizard::pageIndex(const QString& key) const
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->key() == key)
            return i;
    }
    return -1;
}

QString ApplicationWizard::pageKeyForFieldPath(const QString& fieldPath) const
{
    const std::optional<WizardPage::Id> owner = wizard::pageOwning(fieldPath);
    return owner ? wizard::pageKey(*owner) : QString();
}

} // namespace icp

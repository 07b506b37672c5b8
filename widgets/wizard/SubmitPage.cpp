#include "wizard/SubmitPage.h"

#include "rules/RuleTables.h"
#include "validation/Province.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/PageOwnership.h"
#include "wizard/WizardText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

SubmitPage::SubmitPage(ApplicationDraft& shared, QWidget* parent)
    : WizardPage(shared, parent)
{
    setObjectName(u"submitPage"_s);
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(u"submitSummary"_s);
    m_summary->setOpenLinks(false);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 12);
    pageLayout()->addWidget(m_summary, 1);
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"submitBlockedReason"_s);
    m_reason->setWordWrap(true);
    pageLayout()->addWidget(m_reason);
    auto* buttons = new QHBoxLayout;
    m_review = new QPushButton(this);
    m_review->setObjectName(u"showProblemsButton"_s);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(u"submitButton"_s);
    buttons->addWidget(m_review);
    buttons->addStretch();
    buttons->addWidget(m_submit);
    pageLayout()->addLayout(buttons);
    connect(m_submit, &QPushButton::clicked, this, &SubmitPage::submit);
    connect(m_review, &QPushButton::clicked, this,
            [this] { Q_EMIT pageRequested(wizard::pageKey(Id::Review)); });
    // Live: the button enables itself when the last document check has finished.
    connect(&draft(), &ApplicationDraft::documentChecksChanged, this, &SubmitPage::showFindings);
    retranslate();
}

WizardPage::Id SubmitPage::id() const
{
    return Id::Submit;
}

QString SubmitPage::title() const
{
    return tr("Submit for auditing");
}

QString SubmitPage::subtitle() const
{
    return tr("What will be sent to the access provider. Check it once more, then submit.");
}

bool SubmitPage::focusField(const QString&)
{
    (m_submit->isEnabled() ? static_cast<QWidget*>(m_submit) : m_review)->setFocus(Qt::OtherFocusReason);
    return true;
}

bool SubmitPage::submit()
{
    const Status done = draft().submit();
    if (!done) {
        m_reason->setText(done.error().message);
        return false;
    }
    Q_EMIT pageRequested(wizard::pageKey(Id::Audit));
    return true;
}

void SubmitPage::reload()
{
    draft().revalidateNow();
    showFindings();
}

void SubmitPage::showFindings()
{
    const QList<Finding>& findings = draft().findings();
    const int blocking = int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding& f) {
        return f.severity == Severity::Blocking;
    }));
    const ApplicationStatus status = draft().application().status;
    const bool submittable = status == ApplicationStatus::Draft || status == ApplicationStatus::Returned ||
                             status == ApplicationStatus::ProviderRejected ||
                             status == ApplicationStatus::AuthorityRejected;
    // A document whose checks have not finished has no findings yet: what it would block
    // is unknown, so Submit waits (the page updates when the checks end).
    const int unchecked = draft().documentsPendingCheck();
    m_submit->setEnabled(submittable && blocking == 0 && unchecked == 0);
    QStringList reasons;
    if (!submittable) {
        reasons << tr("This application was submitted (status: %1).").arg(displayName(status));
    } else {
        if (unchecked > 0 && draft().documentChecksRunning())
            reasons << tr("Submit is disabled: %n document(s) are still being checked. It is enabled when "
                          "the checks have finished.",
                          nullptr, unchecked);
        else if (unchecked > 0)
            reasons << tr("Submit is disabled: %n document(s) are not checked yet. Open the Documents page "
                          "to check them.",
                          nullptr, unchecked);
        if (blocking > 0)
            reasons << tr("Submit is disabled: %n blocking problem(s) remain. The first: %1", nullptr,
                          blocking)
                           .arg(std::find_if(findings.cbegin(), findings.cend(), [](const Finding& f) {
                                    return f.severity == Severity::Blocking;
                                })->message);
        if (reasons.isEmpty())
            reasons << tr("Nothing blocks the submission.");
    }
    const QString reason = reasons.join(u'\n');
    m_reason->setText(reason);
    m_submit->setAccessibleDescription(reason);
    m_review->setVisible(blocking > 0);
    m_summary->setHtml(summaryHtml());
}

QString SubmitPage::summaryHtml() const
{
    const Application& app = draft().application();
    const auto esc = [](const QString& s) {
        return s.toHtmlEscaped();
    };
    QString html;
    const Province* province = Provinces::byCode(app.entity.provinceCode);
    html += u"<h3>"_s + esc(displayName(app.kind)) + u" · "_s + esc(displayName(app.operation)) + u" · "_s +
            esc(province ? province->displayName() : tr("no province")) + u"</h3>"_s;
    html += u"<p><b>"_s + esc(app.entity.name.isEmpty() ? tr("(entity name missing)") : app.entity.name) +
            u"</b><br>"_s + esc(displayName(app.entity.type)) + u" · "_s +
            esc(displayName(app.entity.certificateType)) + u" "_s + esc(app.entity.certificateNumber) +
            u"<br>"_s + esc(app.entity.communicationAddress) + u"</p>"_s;
    html += u"<p><b>"_s + tr("People") + u"</b></p><ul>"_s;
    for (const Person& p : app.persons) {
        QStringList roles;
        for (PersonRole role : p.roles)
            roles.append(displayName(role));
        html += u"<li>"_s + esc(p.name) + u" — "_s + esc(wizard::joinList(roles)) + u" · "_s + esc(p.mobile) +
                u" · "_s + esc(p.email) + u"</li>"_s;
    }
    html += u"</ul><p><b>"_s + tr("Websites") + u"</b></p><ul>"_s;
    for (const Website& w : app.websites) {
        QStringList domains;
        for (const Domain& d : w.domains)
            domains.append(d.name);
        QStringList access;
        for (const Access& a : w.access)
            access.append(tr("%1 (%2)", "an access provider and its server addresses")
                              .arg(a.provider, wizard::joinList(a.ipAddresses)));
        const ServiceType* type = RuleTables::instance().serviceType(w.serviceType);
        html += u"<li><b>"_s + esc(w.name) + u"</b> — "_s + esc(wizard::joinList(domains)) + u"<br>"_s +
                esc(type ? wizard::serviceTypeName(*type) : w.serviceType) + u" · "_s +
                esc(access.join(tr("; ", "between access providers"))) + u"</li>"_s;
    }
    html += u"</ul><p><b>"_s + tr("Documents") + u"</b></p><ul>"_s;
    for (const Document& d : app.documents)
        html += u"<li>"_s + esc(displayName(d.kind)) + u" — "_s +
                esc(tr("%1: %2", "whom a document is about: its file")
                        .arg(wizard::documentSubjectName(app, d.subjectId), d.fileName)) +
                u"</li>"_s;
    html += u"</ul>"_s;
    return html;
}

void SubmitPage::retranslate()
{
    m_submit->setText(tr("&Submit"));
    m_review->setText(tr("Show the &problems"));
    showFindings();
}

} // namespace icp

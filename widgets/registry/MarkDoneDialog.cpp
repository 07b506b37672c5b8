#include "registry/MarkDoneDialog.h"

#include "DialogProvider.h"
#include "core/BeijingTime.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

MarkDoneDialog::MarkDoneDialog(const Obligation& obligation, DialogProvider& dialogs, QWidget* parent)
    : QDialog(parent)
    , m_obligation(obligation)
    , m_dialogs(dialogs)
    , m_lapse(isLapse(obligation.kind))
{
    setObjectName(u"markDoneDialog"_s);
    auto* layout = new QVBoxLayout(this);
    m_what = new QLabel(this);
    m_what->setWordWrap(true);
    m_what->setTextFormat(Qt::PlainText);
    layout->addWidget(m_what);

    auto* form = new QFormLayout;
    const QDate today = beijing::today();
    m_doneOn = new QDateEdit(today, this);
    m_doneOn->setObjectName(u"doneOnDateEdit"_s);
    m_doneOn->setCalendarPopup(true);
    m_doneOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_doneOn->setMaximumDate(today); // what is done has been done: not tomorrow
    m_doneOnLabel = new QLabel(this);
    m_doneOnLabel->setBuddy(m_doneOn);
    form->addRow(m_doneOnLabel, m_doneOn);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 5);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setBuddy(m_note);
    form->addRow(m_noteLabel, m_note);
    auto* evidenceLine = new QHBoxLayout;
    m_evidence = new QLineEdit(this);
    m_evidence->setObjectName(u"evidenceLineEdit"_s);
    m_evidence->setReadOnly(true);
    m_chooseEvidence = new QPushButton(this);
    m_chooseEvidence->setObjectName(u"chooseEvidenceButton"_s);
    m_clearEvidence = new QPushButton(this);
    m_clearEvidence->setObjectName(u"clearEvidenceButton"_s);
    evidenceLine->addWidget(m_evidence, 1);
    evidenceLine->addWidget(m_chooseEvidence);
    evidenceLine->addWidget(m_clearEvidence);
    m_evidenceLabel = new QLabel(this);
    m_evidenceLabel->setBuddy(m_chooseEvidence);
    form->addRow(m_evidenceLabel, evidenceLine);
    layout->addLayout(form);

    m_decision = new QGroupBox(this);
    m_decision->setObjectName(u"lapseDecisionGroup"_s);
    auto* decisionLayout = new QVBoxLayout(m_decision);
    auto* renewedLine = new QHBoxLayout;
    m_renewed = new QRadioButton(m_decision);
    m_renewed->setObjectName(u"renewedRadioButton"_s);
    const QDate due = obligation.dueDate().isValid() ? obligation.dueDate() : today;
    m_renewedUntil = new QDateEdit(due.addYears(1), m_decision);
    m_renewedUntil->setObjectName(u"renewedUntilDateEdit"_s);
    m_renewedUntil->setCalendarPopup(true);
    m_renewedUntil->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_renewedUntil->setEnabled(false);
    renewedLine->addWidget(m_renewed);
    renewedLine->addWidget(m_renewedUntil);
    renewedLine->addStretch();
    decisionLayout->addLayout(renewedLine);
    m_cancel = new QRadioButton(m_decision);
    m_cancel->setObjectName(u"cancelFilingRadioButton"_s);
    decisionLayout->addWidget(m_cancel);
    m_decision->setVisible(m_lapse);
    layout->addWidget(m_decision);

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"markDoneProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chooseEvidence, &QPushButton::clicked, this, &MarkDoneDialog::chooseEvidence);
    connect(m_clearEvidence, &QPushButton::clicked, this, [this] {
        m_evidence->clear();
        refreshState();
    });
    connect(m_renewed, &QRadioButton::toggled, this, &MarkDoneDialog::refreshState);
    connect(m_cancel, &QRadioButton::toggled, this, &MarkDoneDialog::refreshState);
    connect(m_renewedUntil, &QDateEdit::dateChanged, this, &MarkDoneDialog::refreshState);
    connect(m_doneOn, &QDateEdit::dateChanged, this, &MarkDoneDialog::refreshState);

    retranslateUi();
}

MarkDoneChoice MarkDoneDialog::completion() const
{
    MarkDoneChoice done;
    done.obligationId = m_obligation.id;
    done.kind = m_obligation.kind;
    done.doneOn = m_doneOn->date();
    done.note = m_note->toPlainText().trimmed();
    done.evidencePath = m_evidence->text();
    if (m_lapse && m_renewed->isChecked()) {
        done.decision = LapseDecision::Renewed;
        done.renewedUntil = m_renewedUntil->date();
    } else if (m_lapse && m_cancel->isChecked()) {
        done.decision = LapseDecision::CancelFiling;
    }
    return done;
}

QStringList MarkDoneDialog::problems() const
{
    QStringList found;
    if (m_lapse && !m_renewed->isChecked() && !m_cancel->isChecked())
        found.append(tr("Decision: a lapse is closed only by a decision — renewed, or the filing to be "
                        "cancelled."));
    if (m_lapse && m_renewed->isChecked() && m_renewedUntil->date() <= m_doneOn->date())
        found.append(tr("Renewed until: the new expiry must be after the day it was done."));
    if (!m_evidence->text().isEmpty() && !QFileInfo(m_evidence->text()).isReadable())
        found.append(tr("Evidence: “%1” cannot be read.").arg(m_evidence->text()));
    return found;
}

QPushButton* MarkDoneDialog::doneButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void MarkDoneDialog::chooseEvidence()
{
    const QString path = m_dialogs.openFileName(
        this, tr("Evidence for “%1”").arg(m_obligation.title),
        tr("Receipts and screenshots (*.pdf *.png *.jpg *.jpeg *.ofd);;All files (*)"));
    if (path.isEmpty())
        return;
    m_evidence->setText(path);
    refreshState();
}

void MarkDoneDialog::refreshState()
{
    m_renewedUntil->setEnabled(m_renewed->isChecked());
    const QStringList found = problems();
    doneButton()->setEnabled(found.isEmpty());
    m_problems->setText(found.join(u'\n'));
    m_problems->setVisible(!found.isEmpty());
}

void MarkDoneDialog::retranslateUi()
{
    setWindowTitle(tr("Mark done"));
    const QString title = m_obligation.title.isEmpty() ? displayName(m_obligation.kind) : m_obligation.title;
    const QDate due = m_obligation.dueDate();
    QString what = m_obligation.subject.isEmpty() ? title : tr("%1 — %2").arg(title, m_obligation.subject);
    if (due.isValid())
        what += u'\n' + tr("Due on %1").arg(QLocale().toString(due, QLocale::LongFormat));
    m_what->setText(what);
    m_doneOnLabel->setText(tr("&Done on:"));
    m_doneOn->setToolTip(tr("The day it was done (Beijing time), not the day you record it."));
    m_noteLabel->setText(tr("&Note:"));
    m_evidenceLabel->setText(tr("&Evidence:"));
    m_evidence->setPlaceholderText(tr("The receipt, the confirmation or a screenshot (optional)"));
    // The label's buddy is the Choose… button: the file's field is named on its own.
    m_evidence->setAccessibleName(tr("Evidence file"));
    m_chooseEvidence->setText(tr("&Choose…"));
    m_clearEvidence->setText(tr("C&lear"));
    m_decision->setTitle(tr("Decision (required for a lapse)"));
    m_renewed->setText(tr("&Renewed, now expires on:"));
    m_renewedUntil->setAccessibleName(tr("New expiry date"));
    m_cancel->setText(tr("The filing is to be &cancelled (注销)"));
    doneButton()->setText(tr("&Mark done"));
    refreshState();
}

void MarkDoneDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace icp

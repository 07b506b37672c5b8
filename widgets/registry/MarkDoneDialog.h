#pragma once

#include "obligations/Obligation.h"
#include "registry/MarkDoneChoice.h"

#include <QDialog>
#include <QStringList>

class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace icp {

class DialogProvider;

// Marking one obligation done (issue 11 item 3): the day it was done (Beijing, today by
// default, never in the future), a note, optionally the evidence file, and for a lapse an
// explicit decision — renewed until a new date, or the filing to be cancelled (注销). "Mark
// done" stays disabled while a lapse has no decision. The result is a value; the caller (the
// dashboard) hands it to the obligations engine, which keeps it in the change log.
class MarkDoneDialog : public QDialog
{
    Q_OBJECT

public:
    MarkDoneDialog(const Obligation& obligation, DialogProvider& dialogs, QWidget* parent = nullptr);

    MarkDoneChoice completion() const;
    // What keeps "Mark done" disabled, translated; empty when it may be done.
    QStringList problems() const;
    bool needsDecision() const { return m_lapse; }

    QDateEdit* doneOnEdit() const { return m_doneOn; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLineEdit* evidenceEdit() const { return m_evidence; }
    QRadioButton* renewedButton() const { return m_renewed; }
    QRadioButton* cancelButton() const { return m_cancel; }
    QDateEdit* renewedUntilEdit() const { return m_renewedUntil; }
    QPushButton* doneButton() const;
    void chooseEvidence();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshState();
    void retranslateUi();

    Obligation m_obligation;
    DialogProvider& m_dialogs;
    bool m_lapse = false;
    QLabel* m_what = nullptr;
    QLabel* m_doneOnLabel = nullptr;
    QDateEdit* m_doneOn = nullptr;
    QLabel* m_noteLabel = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_evidenceLabel = nullptr;
    QLineEdit* m_evidence = nullptr;
    QPushButton* m_chooseEvidence = nullptr;
    QPushButton* m_clearEvidence = nullptr;
    QGroupBox* m_decision = nullptr;
    QRadioButton* m_renewed = nullptr;
    QDateEdit* m_renewedUntil = nullptr;
    QRadioButton* m_cancel = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace icp

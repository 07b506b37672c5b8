#pragma once

#include "rules/Finding.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;

namespace icp {

// A labelled input with its live state under it: a state icon and a one-line message
// (issue 3 item 3). The message is either a rules-engine finding (same id and text as
// `icpctl check`) or an instant check from a validator while typing. The input's
// accessible description is kept equal to "label: message".
class FieldRow : public QWidget
{
    Q_OBJECT

public:
    FieldRow(QWidget* input, QWidget* parent = nullptr);

    QWidget* input() const { return m_input; }
    QLabel* label() const { return m_label; }
    // "&Name": the mnemonic focuses the input.
    void setLabelText(const QString& text);
    void setHint(const QString& hint);

    // Rules-engine findings for this field (replaces the previous ones).
    void setFindings(const QList<Finding>& findings);
    // Instant validator result: empty message = fine. `ok` true shows a tick.
    void setInstantState(bool ok, const QString& message);
    void clearInstantState();

    // What the row currently says (for tests and Next's explanation).
    QString message() const;
    bool hasBlocking() const;
    bool hasInstantError() const { return m_instantSet && !m_instantOk; }
    bool hasBlockingFinding() const
    {
        return std::any_of(m_findings.cbegin(), m_findings.cend(),
                           [](const Finding& f) { return f.severity == Severity::Blocking; });
    }

private:
    void refresh();

    QWidget* m_input = nullptr;
    QLabel* m_label = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_message = nullptr;
    QString m_hint;
    QList<Finding> m_findings;
    bool m_instantSet = false;
    bool m_instantOk = true;
    QString m_instantMessage;
};

} // namespace icp

#pragma once

#include "obligations/Obligation.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace icp {

class FieldRow;

// Settings > Obligations: one line per kind of obligation with its reminder ladder (days before
// the due day, descending). A valid line is stored at once (ladder_settings, QSettings group
// "obligations/ladders"); an invalid one says why next to it and stores nothing.
class ObligationLadderSettings : public QWidget
{
    Q_OBJECT

public:
    explicit ObligationLadderSettings(QWidget* parent = nullptr);

    QLineEdit* edit(ObligationKind kind) const;
    FieldRow* row(ObligationKind kind) const;
    QPushButton* restoreButton() const { return m_restore; }
    // Re-reads every line from QSettings.
    void reload();
    void retranslate();

Q_SIGNALS:
    // A ladder was stored or the defaults restored (the engine's reminders follow).
    void laddersChanged();

private:
    struct Line
    {
        ObligationKind kind;
        QLineEdit* edit = nullptr;
        FieldRow* row = nullptr;
    };
    void check(const Line& line, bool storeWhenValid);

    QLabel* m_hint = nullptr;
    QList<Line> m_lines;
    QPushButton* m_restore = nullptr;
};

} // namespace icp

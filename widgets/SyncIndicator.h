#pragma once

#include "sync/SyncController.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace icp {

// The status bar's sync indicator (issue 5 item 5): last sync time (in the user's
// locale), queued outbox rows, errors (listed in the tool tip), and Sync now. Only
// shows what the SyncController reports; it never talks to the backend itself.
class SyncIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit SyncIndicator(sync::SyncController& controller, QWidget* parent = nullptr);

    // Why the controller is not configured (keychain unavailable, no token…), shown
    // instead of "not connected"; empty to clear.
    void setSetupProblem(const QString& problem);
    QString text() const;

Q_SIGNALS:
    // The user clicked the text while the backend is not set up.
    void setupRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();

    sync::SyncController& m_controller;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_syncNow = nullptr;
    QString m_setupProblem;
};

} // namespace icp

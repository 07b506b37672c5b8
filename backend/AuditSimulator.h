#pragma once

#include "BackendOptions.h"

#include <QObject>
#include <QTimer>

namespace icp::backend {

class BackendStore;
struct StoredApplication;

// The simulated audit (docs/regulations.md §2.1, §2.3): received → provider_review →
// identity_check → sms_pending (deadline) → authority_review → granted with numbers,
// or returned when the SMS deadline passes. Each step takes BackendOptions::stepMs;
// a timer moves every application whose time has come.
class AuditSimulator : public QObject
{
    Q_OBJECT

public:
    AuditSimulator(BackendStore& store, const BackendOptions& options, QObject* parent = nullptr);
    void start();
    // Moves every due application once; returns how many moved.
    int tick();

private:
    bool advance(StoredApplication& app, qint64 nowMs);
    bool grant(StoredApplication& app);

    BackendStore& m_store;
    const BackendOptions& m_options;
    QTimer m_timer;
};

} // namespace icp::backend

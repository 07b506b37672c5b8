#pragma once

#include "core/Result.h"
#include "domain/Application.h"
#include "rules/Finding.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QTimer;

namespace icp {

class ApplicationRepository;
class Database;

// The one object every wizard page edits: the Application being filled in. Pages change
// it through edit() and report what they changed with markChanged(fieldPath); the draft
// then (debounced) re-runs the rules engine and writes the whole aggregate to the
// database in one transaction (ApplicationRepository::save), so nothing typed is lost
// (issue 3 item 4: every change reaches the database within 2 seconds).
class ApplicationDraft : public QObject
{
    Q_OBJECT

public:
    // Autosave delay after the last change. Well under the 2 s the issue allows, long
    // enough that typing a word is one transaction.
    static constexpr int kSaveDelayMs = 800;
    // Findings are recomputed this long after the last keystroke (live validation).
    static constexpr int kValidateDelayMs = 250;

    ApplicationDraft(Database& database, Application application, QObject* parent = nullptr);
    ~ApplicationDraft() override;

    const Application& application() const { return m_application; }
    // Mutable access; call markChanged() afterwards with the field path that changed.
    Application& edit() { return m_application; }
    void markChanged(const QString& fieldPath);
    // Replaces the whole application (e.g. the sync pulled a new status) without saving.
    void reset(const Application& application);
    // Takes what the sync wrote to the database (status, history, granted numbers) while
    // keeping local unsaved edits and the wizard page; a pending autosave then writes
    // the merge, never the old status.
    void applyStored(const Application& stored);

    // The wizard page the user is on (restored on reopen); saved with the next autosave.
    void setWizardPage(const QString& key);

    // Writes pending changes now. On failure the error is returned and saveFailed() emitted.
    Status saveNow();
    bool hasUnsavedChanges() const { return m_dirty; }

    // The rules engine's findings for the current state (recomputed after changes).
    const QList<Finding>& findings() const { return m_findings; }
    // Findings whose field path is `fieldPath` or lies inside it ("persons[0]" also
    // returns "persons[0].mobile").
    QList<Finding> findingsUnder(const QString& fieldPath) const;
    QList<Finding> findingsAt(const QString& fieldPath) const;
    // Re-runs the rules engine now; `force` emits findingsChanged() even when nothing
    // changed (the messages are translated: a language switch needs new text).
    void revalidateNow(bool force = false);
    // Findings the rules engine cannot make: what the checks of the attached files found
    // (DOC-101…DOC-113, field paths "documents[i]"). They are listed and block Submit
    // like the rules' findings until replaced.
    void setDocumentFindings(const QList<Finding>& findings);

    // Attachments whose checks have not given their findings yet: `pending` documents in
    // all, of which a check is `running` (being attached or re-checked after opening)
    // or not (a cancelled re-check left them "not checked yet"). The Documents page keeps
    // this up to date; Submit waits for it to be 0, because a file's findings must be
    // known before it is sent.
    void setDocumentChecks(int pending, bool running);
    int documentsPendingCheck() const { return m_documentsPendingCheck; }
    bool documentChecksRunning() const { return m_documentChecksRunning; }

    // Step 2: saves, then puts the application in the outbox (status Queued) in one
    // transaction (OutboxRepository::enqueue). Refuses while blocking findings remain
    // or attachments are still being checked.
    Status submit();
    Database& database() const { return m_database; }

    // The date the rules use as "today": today in Beijing (tests fix it).
    QDate today() const;
    void setToday(const QDate& date) { m_today = date; }
    // Who the change log names for edits made here.
    QString actor() const;

Q_SIGNALS:
    void changed(const QString& fieldPath);
    void findingsChanged();
    void documentChecksChanged(); // setDocumentChecks() changed something
    void saved();
    void saveFailed(const QString& message);

private:
    QList<Finding> evaluateRules() const;

    Database& m_database;
    std::unique_ptr<ApplicationRepository> m_repository;
    Application m_application;
    QList<Finding> m_findings;
    QList<Finding> m_documentFindings;
    QTimer* m_saveTimer = nullptr;
    QTimer* m_validateTimer = nullptr;
    QDate m_today;
    bool m_dirty = false;
    int m_documentsPendingCheck = 0;
    bool m_documentChecksRunning = false;
};

} // namespace icp

#pragma once

#include "core/BeijingTime.h"
#include "domain/Application.h"
#include "rules/Finding.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace icp {

// Letters the assistant can write (LetterGenerator.h).
enum class LetterKind { Commitment, EntityPrincipalAuthorisation, WebsitePrincipalAuthorisation };

// One line of the document checklist: a document the application needs, for whom,
// why, and how far it is.
struct ChecklistItem
{
    enum class State { Missing, Attached, Failed, Ok };
    enum class Subject { Entity, Person, Website, Domain, PreApproval };

    QString key; // stable within the application: "id-front:<person id>", "domain-certificate:<site>:1"
    QString requirement;       // the document-requirements row key ("id-front")
    QList<DocumentKind> kinds; // accepted kinds; the first is what a new attachment gets
    Subject subject = Subject::Entity;
    QString subjectId;                  // Person::id / Website::id; empty for the entity
    QString subjectLabel;               // "王建国", "官网", "yunzhan-example.cn" (display)
    int subjectIndex = -1;              // domain index within the website, pre-approval index
    Severity need = Severity::Blocking; // Blocking = required; Warning = recommended
    QString ruleId;                     // the rule that asks for it (DOC-003, PER-011 …)
    QString reason;                     // that rule's message, translated
    std::optional<LetterKind> letter;   // the assistant can generate it
    QList<int> documents;               // indexes into Application::documents
    State state = State::Missing;
    QList<Finding> findings; // of the attached documents (from their check reports)

    DocumentKind kind() const { return kinds.value(0, DocumentKind::Other); }
    QString title() const; // translated: "Identity document, front" (+ alternatives)
};

QString checklistStateKey(ChecklistItem::State state);  // missing, attached, failed, ok (stable)
QString checklistStateName(ChecklistItem::State state); // translated

// Findings of each attached document's checks, by Document::sha256 (what the
// inspection found); a document without an entry is Attached (not checked yet).
using DocumentFindings = QHash<QString, QList<Finding>>;

// The documents an application needs (docs/regulations.md §7.1), derived from the rules
// engine: the `document-requirements` table lists the candidates and the rules that
// ask for each; the checklist asks RuleSet whether each candidate's absence produces
// one of those findings for this application, province and operation. So whatever
// the rules require, the checklist lists, and nothing else. Documents attached
// beyond the requirements (a letter a province does not need) are listed as extra
// items with need Info; the last line, otherItemKey(), is always there (need Info,
// kind Other) so that any other document can be attached.
class DocumentChecklist
{
public:
    static DocumentChecklist build(const Application& application, QDate asOf = beijing::today(),
                                   const DocumentFindings& findings = {});

    // The key of the always-present "Other document" line.
    static QString otherItemKey();

    const QList<ChecklistItem>& items() const { return m_items; }
    const ChecklistItem* item(const QString& key) const;
    // Lines in that state; an optional line counts unless it is Missing.
    int count(ChecklistItem::State state) const;
    // Every required item is Ok.
    bool complete() const;

    // A Document to append to the application for a file attached to `item`.
    static Document documentFor(const ChecklistItem& item, const QString& sha256, qint64 byteSize,
                                const QString& fileName, const QString& mimeType);

private:
    QList<ChecklistItem> m_items;
};

} // namespace icp

#include "documents/DocumentChecklist.h"

#include "core/DataTable.h"
#include "documents/DocumentsLogging.h"
#include "rules/RuleSet.h"
#include "rules/RuleTables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

struct Requirement
{
    QString key;
    QList<DocumentKind> kinds;
    ChecklistItem::Subject subject = ChecklistItem::Subject::Entity;
    QStringList rules;
    std::optional<LetterKind> letter;
};

std::optional<LetterKind> letterFromKey(const QString& key)
{
    if (key == "commitment"_L1)
        return LetterKind::Commitment;
    if (key == "entity-principal-authorisation"_L1)
        return LetterKind::EntityPrincipalAuthorisation;
    if (key == "website-principal-authorisation"_L1)
        return LetterKind::WebsitePrincipalAuthorisation;
    return std::nullopt;
}

const QList<Requirement>& requirements()
{
    static const QList<Requirement> rows = [] {
        QList<Requirement> list;
        const QString table = u"document-requirements"_s;
        for (const QJsonValue& v : DataTable::load(table).rows()) {
            const QJsonObject row = v.toObject();
            Requirement r;
            r.key = row.value("key"_L1).toString();
            for (const QJsonValue& k : row.value("kinds"_L1).toArray()) {
                if (const auto kind = enumFromKey<DocumentKind>(k.toString()))
                    r.kinds.append(*kind);
                else
                    qCCritical(lcDocuments) << "data table" << table << "has an unknown kind" << k.toString();
            }
            const QString subject = row.value("subject"_L1).toString();
            using S = ChecklistItem::Subject;
            r.subject = subject == "person"_L1         ? S::Person
                        : subject == "website"_L1      ? S::Website
                        : subject == "domain"_L1       ? S::Domain
                        : subject == "pre-approval"_L1 ? S::PreApproval
                                                       : S::Entity;
            for (const QJsonValue& id : row.value("rules"_L1).toArray())
                r.rules.append(id.toString());
            r.letter = letterFromKey(row.value("letter"_L1).toString());
            if (!r.kinds.isEmpty())
                list.append(r);
        }
        return list;
    }();
    return rows;
}

// One candidate: a requirement row applied to one subject.
struct Candidate
{
    const Requirement* row = nullptr;
    ChecklistItem item;
    int website = -1; // index, for domains and pre-approvals
};

QString personLabel(const Person& p, int index)
{
    return p.name.trimmed().isEmpty() ? QCoreApplication::translate("Documents", "person %1").arg(index + 1)
                                      : p.name.trimmed();
}

QString websiteLabel(const Website& w, int index)
{
    return w.name.trimmed().isEmpty() ? QCoreApplication::translate("Documents", "website %1").arg(index + 1)
                                      : w.name.trimmed();
}

QList<Candidate> candidates(const Application& app)
{
    QList<Candidate> list;
    using S = ChecklistItem::Subject;
    for (const Requirement& row : requirements()) {
        const auto add = [&](const QString& key, const QString& subjectId, const QString& label, int index,
                             int website) {
            Candidate c;
            c.row = &row;
            c.website = website;
            c.item.key = key;
            c.item.requirement = row.key;
            c.item.kinds = row.kinds;
            c.item.subject = row.subject;
            c.item.subjectId = subjectId;
            c.item.subjectLabel = label;
            c.item.subjectIndex = index;
            c.item.letter = row.letter;
            list.append(c);
        };
        switch (row.subject) {
        case S::Entity:
            add(row.key, {}, app.entity.name.trimmed(), -1, -1);
            break;
        case S::Person:
            for (int i = 0; i < app.persons.size(); ++i)
                add(row.key + u':' + app.persons[i].id, app.persons[i].id, personLabel(app.persons[i], i), i,
                    -1);
            break;
        case S::Website:
            for (int w = 0; w < app.websites.size(); ++w)
                add(row.key + u':' + app.websites[w].id, app.websites[w].id, websiteLabel(app.websites[w], w),
                    w, w);
            break;
        case S::Domain:
            for (int w = 0; w < app.websites.size(); ++w) {
                for (int d = 0; d < app.websites[w].domains.size(); ++d)
                    add(u"%1:%2:%3"_s.arg(row.key, app.websites[w].id).arg(d), app.websites[w].id,
                        app.websites[w].domains[d].name.trimmed(), d, w);
            }
            break;
        case S::PreApproval:
            for (int w = 0; w < app.websites.size(); ++w) {
                for (int a = 0; a < app.websites[w].preApprovals.size(); ++a) {
                    const PreApproval& pa = app.websites[w].preApprovals[a];
                    const PreApprovalCategory* category =
                        RuleTables::instance().preApprovalCategory(pa.category);
                    add(u"%1:%2:%3"_s.arg(row.key, app.websites[w].id).arg(a), app.websites[w].id,
                        category ? category->displayName() : pa.category, a, w);
                }
            }
            break;
        }
    }
    return list;
}

QString probeId(int candidate)
{
    return u"checklist-probe-%1"_s.arg(candidate);
}

// The application with one synthetic document per candidate (and none of its own).
Application probeApplication(const Application& app, const QList<Candidate>& list)
{
    Application probe = app;
    probe.documents.clear();
    for (int i = 0; i < list.size(); ++i) {
        const Candidate& c = list[i];
        Document d;
        d.id = probeId(i);
        d.kind = c.item.kind();
        d.subjectId = c.item.subjectId;
        d.fileName = u"probe.png"_s;
        d.mimeType = u"image/png"_s;
        d.sha256 = QString(64, u'0');
        d.byteSize = 1;
        if (c.item.subject == ChecklistItem::Subject::PreApproval)
            probe.websites[c.website].preApprovals[c.item.subjectIndex].documentId = d.id;
        probe.documents.append(d);
    }
    return probe;
}

// Findings of `after` that `before` does not have (as a multiset).
QList<Finding> added(const QList<Finding>& before, const QList<Finding>& after)
{
    QList<Finding> rest = before;
    QList<Finding> result;
    for (const Finding& f : after) {
        const qsizetype i = rest.indexOf(f);
        if (i >= 0)
            rest.removeAt(i);
        else
            result.append(f);
    }
    return result;
}

void attach(ChecklistItem& item, const Application& app, QList<bool>& used)
{
    const auto take = [&](int i) {
        item.documents.append(i);
        used[i] = true;
    };
    const QList<Document>& docs = app.documents;
    using S = ChecklistItem::Subject;
    for (int i = 0; i < docs.size(); ++i) {
        const Document& d = docs[i];
        if (used[i] || !item.kinds.contains(d.kind))
            continue;
        switch (item.subject) {
        case S::Entity:
            take(i);
            break;
        case S::Person:
            if (d.subjectId == item.subjectId)
                take(i);
            break;
        case S::Website:
            if (d.subjectId == item.subjectId || d.subjectId.isEmpty())
                take(i);
            break;
        case S::Domain:
        case S::PreApproval:
            break; // one document per item, assigned below
        }
    }
}

void attachOne(ChecklistItem& item, const Application& app, QList<bool>& used, bool anySubject)
{
    for (int i = 0; i < app.documents.size(); ++i) {
        const Document& d = app.documents[i];
        if (used[i] || !item.kinds.contains(d.kind))
            continue;
        if (!anySubject && d.subjectId != item.subjectId)
            continue;
        item.documents.append(i);
        used[i] = true;
        return;
    }
}

void setState(ChecklistItem& item, const Application& app, const DocumentFindings& findings)
{
    using St = ChecklistItem::State;
    if (item.documents.isEmpty()) {
        item.state = St::Missing;
        return;
    }
    bool allChecked = true;
    for (int i : std::as_const(item.documents)) {
        const auto it = findings.constFind(app.documents[i].sha256);
        if (it == findings.constEnd()) {
            allChecked = false;
            continue;
        }
        item.findings += *it;
    }
    item.state = hasBlocking(item.findings) ? St::Failed : allChecked ? St::Ok : St::Attached;
}

} // namespace

QString checklistStateKey(ChecklistItem::State state)
{
    switch (state) {
    case ChecklistItem::State::Missing:
        return u"missing"_s;
    case ChecklistItem::State::Attached:
        return u"attached"_s;
    case ChecklistItem::State::Failed:
        return u"failed"_s;
    case ChecklistItem::State::Ok:
        return u"ok"_s;
    }
    return {};
}

QString checklistStateName(ChecklistItem::State state)
{
    switch (state) {
    case ChecklistItem::State::Missing:
        return QCoreApplication::translate("Documents", "Missing");
    case ChecklistItem::State::Attached:
        return QCoreApplication::translate("Documents", "Attached, not checked yet");
    case ChecklistItem::State::Failed:
        return QCoreApplication::translate("Documents", "Failed a check");
    case ChecklistItem::State::Ok:
        return QCoreApplication::translate("Documents", "OK");
    }
    return {};
}

QString ChecklistItem::title() const
{
    QStringList names;
    for (DocumentKind k : kinds)
        names.append(displayName(k));
    return names.join(QCoreApplication::translate("Documents", " or "));
}

DocumentChecklist DocumentChecklist::build(const Application& app, QDate asOf,
                                           const DocumentFindings& findings)
{
    DocumentChecklist checklist;
    const QList<Candidate> list = candidates(app);
    const RuleSet& rules = RuleSet::standard();
    const Application probe = probeApplication(app, list);
    const QList<Finding> baseline = rules.evaluate(probe, asOf);

    QList<bool> used(app.documents.size(), false);
    QList<ChecklistItem> domainItems, preApprovalItems;
    for (int i = 0; i < list.size(); ++i) {
        const Candidate& c = list[i];
        Application without = probe;
        without.documents.removeIf([&](const Document& d) { return d.id == probeId(i); });
        QList<Finding> fresh;
        for (const Finding& f : added(baseline, rules.evaluate(without, asOf))) {
            if (c.row->rules.contains(f.ruleId))
                fresh.append(f);
        }
        if (fresh.isEmpty())
            continue;
        ChecklistItem item = c.item;
        item.need = Severity::Info;
        for (const Finding& f : std::as_const(fresh)) {
            if (f.severity < item.need) {
                item.need = f.severity;
                item.ruleId = f.ruleId;
                item.reason = f.message;
            }
        }
        checklist.m_items.append(item);
    }
    // Attach documents: specific subjects first, then entity-wide items, so that an ID
    // card is never taken by a looser match.
    using S = ChecklistItem::Subject;
    for (const S pass : {S::Person, S::Website, S::Entity}) {
        for (ChecklistItem& item : checklist.m_items) {
            if (item.subject == pass)
                attach(item, app, used);
        }
    }
    for (ChecklistItem& item : checklist.m_items) {
        if (item.subject != S::PreApproval)
            continue;
        // Pre-approval permits are referenced by id from the pre-approval record.
        for (const Website& w : app.websites) {
            if (w.id != item.subjectId || item.subjectIndex >= w.preApprovals.size())
                continue;
            const QString id = w.preApprovals[item.subjectIndex].documentId;
            for (int i = 0; i < app.documents.size(); ++i) {
                if (!id.isEmpty() && app.documents[i].id == id && !used[i]) {
                    item.documents.append(i);
                    used[i] = true;
                }
            }
        }
        if (item.documents.isEmpty())
            attachOne(item, app, used, false);
    }
    for (const bool anySubject : {false, true}) {
        for (ChecklistItem& item : checklist.m_items) {
            if (item.subject == S::Domain && item.documents.isEmpty())
                attachOne(item, app, used, anySubject);
        }
    }
    // Any other document (a translation, a letter the provider asked for by phone): a line
    // that is always there and never required, so that a file the checklist does not ask
    // for can still be attached or dropped. It holds the attachments of kind Other.
    ChecklistItem other;
    other.key = otherItemKey();
    other.requirement = otherItemKey();
    other.kinds = {DocumentKind::Other};
    other.need = Severity::Info;
    attach(other, app, used);
    // Documents no requirement asked for: listed so the user can see and remove them.
    for (int i = 0; i < app.documents.size(); ++i) {
        if (used[i])
            continue;
        const Document& d = app.documents[i];
        ChecklistItem extra;
        extra.key = u"extra:"_s + d.id;
        extra.requirement = u"extra"_s;
        extra.kinds = {d.kind};
        extra.subjectId = d.subjectId;
        extra.subjectLabel = d.fileName;
        extra.need = Severity::Info;
        extra.documents = {i};
        checklist.m_items.append(extra);
    }
    checklist.m_items.append(other);
    for (ChecklistItem& item : checklist.m_items)
        setState(item, app, findings);
    return checklist;
}

QString DocumentChecklist::otherItemKey()
{
    return u"other"_s;
}

const ChecklistItem* DocumentChecklist::item(const QString& key) const
{
    for (const ChecklistItem& i : m_items) {
        if (i.key == key)
            return &i;
    }
    return nullptr;
}

int DocumentChecklist::count(ChecklistItem::State state) const
{
    int n = 0;
    // An optional line (Other document) is never "missing", but what is attached to it
    // is checked like anything else and counts.
    for (const ChecklistItem& i : m_items)
        n += i.state == state && (i.need != Severity::Info || state != ChecklistItem::State::Missing) ? 1 : 0;
    return n;
}

bool DocumentChecklist::complete() const
{
    for (const ChecklistItem& i : m_items) {
        if (i.need == Severity::Blocking && i.state != ChecklistItem::State::Ok)
            return false;
    }
    return true;
}

Document DocumentChecklist::documentFor(const ChecklistItem& item, const QString& sha256, qint64 byteSize,
                                        const QString& fileName, const QString& mimeType)
{
    Document d;
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.kind = item.kind();
    d.subjectId = item.subjectId;
    d.fileName = fileName;
    d.sha256 = sha256;
    d.byteSize = byteSize;
    d.mimeType = mimeType;
    return d;
}

} // namespace icp

#include "documents/CrossCheck.h"

#include "documents/DocumentProfile.h"
#include "domain/FieldPath.h"
#include "rules/RuleTables.h"
#include "validation/ResidentId.h"
#include "validation/Uscc.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace icp {

using rules::RuleId;

namespace {

// Names compared without spaces, with ASCII brackets and NFKC forms.
QString foldName(const QString& name)
{
    QString s = name.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(u"\\s"_s));
    return s.toLower();
}

int personIndex(const Application& app, const QString& id)
{
    for (int i = 0; i < app.persons.size(); ++i) {
        if (app.persons[i].id == id)
            return i;
    }
    return -1;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

CrossCheckResult crossCheck(const ReadIdentifiers& read, DocumentKind kind, const QString& subjectId,
                            const Application& app, QDate asOf, const QString& path, const QString& fileName)
{
    CrossCheckResult result;
    CheckReport& r = result.report;
    const QStringList wanted = DocumentProfile::quality(kind).identifiers;
    const QString doc = fileName.isEmpty() ? displayName(kind) : fileName;
    const int pi = personIndex(app, subjectId);
    const Person* person = pi >= 0 ? &app.persons[pi] : nullptr;
    const bool usccEntity =
        !app.entity.isIndividual() && RuleTables::instance().isUsccCertificate(app.entity.certificateType);
    bool mismatch = false, compared = false;

    // The credit code (§4.2): compared after parsing, so case and full-width forms do not matter.
    if (wanted.contains(u"uscc"_s) && usccEntity && !read.usccs.isEmpty()) {
        const QString form = app.entity.certificateNumber.trimmed();
        if (form.isEmpty()) {
            result.suggestions.append(
                {FieldPath::entity().certificateNumber(), read.usccs.constFirst(),
                 QCoreApplication::translate("Documents", "Unified Social Credit Code read from %1")
                     .arg(doc)});
        } else {
            const auto parsed = parseUscc(form);
            const QString normalised = parsed.ok() ? parsed->code : form.toUpper();
            compared = true;
            if (!read.usccs.contains(normalised)) {
                mismatch = true;
                r.add(RuleId::DOC_111, Severity::Blocking, path,
                      QCoreApplication::translate("Documents", "%1 shows the credit code %2, but the entity "
                                                               "form says %3. Correct the form or attach "
                                                               "the right certificate.")
                          .arg(doc, read.usccs.constFirst(), form));
            }
        }
    }
    if (wanted.contains(u"entity-name"_s) && !read.entityNames.isEmpty()) {
        const QString form = app.entity.name.trimmed();
        if (form.isEmpty()) {
            result.suggestions.append(
                {FieldPath::entity().name(), read.entityNames.constFirst(),
                 QCoreApplication::translate("Documents", "Entity name read from %1").arg(doc)});
        } else {
            compared = true;
            bool found = false;
            for (const QString& n : read.entityNames)
                found = found || foldName(n) == foldName(form);
            // OCR can misread a character of a name: a warning, not a block.
            if (!found) {
                mismatch = true;
                r.add(RuleId::DOC_111, Severity::Warning, path,
                      QCoreApplication::translate(
                          "Documents",
                          "%1 names the entity \"%2\", but the entity form says \"%3\". Check both.")
                          .arg(doc, read.entityNames.constFirst(), form));
            }
        }
    }
    if (wanted.contains(u"resident-id"_s) && person &&
        person->documentType == PersonDocumentType::ResidentId && !read.residentIds.isEmpty()) {
        const QString form = person->documentNumber.trimmed();
        const QString field = FieldPath::person(pi).documentNumber();
        if (form.isEmpty()) {
            result.suggestions.append(
                {field, read.residentIds.constFirst(),
                 QCoreApplication::translate("Documents", "ID number read from %1").arg(doc)});
        } else {
            const auto parsed = parseResidentId(form, asOf);
            const QString normalised = parsed.ok() ? parsed->number : form.toUpper();
            compared = true;
            if (!read.residentIds.contains(normalised)) {
                mismatch = true;
                r.add(
                    RuleId::DOC_111, Severity::Blocking, path,
                    QCoreApplication::translate(
                        "Documents",
                        "%1 shows the ID number %2, but the form says %3 for %4. Correct the form or attach "
                        "the right ID card.")
                        .arg(doc, read.residentIds.constFirst(), form,
                             person->name.isEmpty() ? QCoreApplication::translate("Documents", "this person")
                                                    : person->name));
            }
        }
    }
    if (wanted.contains(u"person-name"_s) && person && !read.personNames.isEmpty()) {
        const QString form = person->name.trimmed();
        if (form.isEmpty()) {
            result.suggestions.append(
                {FieldPath::person(pi).name(), read.personNames.constFirst(),
                 QCoreApplication::translate("Documents", "Name read from %1").arg(doc)});
        } else {
            compared = true;
            bool found = false;
            for (const QString& n : read.personNames)
                found = found || foldName(n) == foldName(form);
            if (!found) {
                mismatch = true;
                r.add(RuleId::DOC_111, Severity::Warning, path,
                      QCoreApplication::translate(
                          "Documents", "%1 shows the name \"%2\", but the form says \"%3\". Check both.")
                          .arg(doc, read.personNames.constFirst(), form));
            }
        }
    }
    if (compared && !mismatch)
        r.pass(RuleId::DOC_111);

    // DOC-110: validity (R21: identity documents valid for a few months more; §7.2
    // certificates in validity).
    if (wanted.contains(u"expiry"_s) && (read.validUntil.isValid() || read.longTerm)) {
        const int months = DocumentProfile::analysis().expiryWarningMonths;
        if (read.longTerm) {
            r.pass(RuleId::DOC_110);
        } else if (read.validUntil < asOf) {
            r.add(RuleId::DOC_110, Severity::Blocking, path,
                  QCoreApplication::translate("Documents",
                                              "%1 expired on %2. Attach a current one (and update the form).")
                      .arg(doc, QLocale().toString(read.validUntil, QLocale::ShortFormat)));
        } else if (read.validUntil < asOf.addMonths(months)) {
            r.add(
                RuleId::DOC_110, Severity::Warning, path,
                QCoreApplication::translate(
                    "Documents",
                    "%1 expires on %2, within %3 months; providers may reject it. Renew it first if you can.")
                    .arg(doc, QLocale().toString(read.validUntil, QLocale::ShortFormat))
                    .arg(months));
        } else {
            r.pass(RuleId::DOC_110);
        }
        if (person && (kind == DocumentKind::IdBack || kind == DocumentKind::IdFront) &&
            read.validUntil.isValid()) {
            if (!person->documentExpiry.isValid())
                result.suggestions.append(
                    {FieldPath::person(pi).documentExpiry(), isoDate(read.validUntil),
                     QCoreApplication::translate("Documents", "Expiry date read from %1").arg(doc)});
            else if (person->documentExpiry != read.validUntil)
                r.add(RuleId::DOC_111, Severity::Warning, path,
                      QCoreApplication::translate("Documents",
                                                  "%1 is valid until %2, but the form says %3. Check both.")
                          .arg(doc, isoDate(read.validUntil), isoDate(person->documentExpiry)));
        }
    }
    return result;
}

bool applySuggestion(Application& app, const FieldSuggestion& s)
{
    static const QRegularExpression personField(u"^persons\\[(\\d+)\\]\\.(\\w+)$"_s);
    if (s.fieldPath == FieldPath::entity().certificateNumber() &&
        app.entity.certificateNumber.trimmed().isEmpty()) {
        app.entity.certificateNumber = s.value;
        return true;
    }
    if (s.fieldPath == FieldPath::entity().name() && app.entity.name.trimmed().isEmpty()) {
        app.entity.name = s.value;
        return true;
    }
    const auto m = personField.match(s.fieldPath);
    if (!m.hasMatch())
        return false;
    const int i = m.captured(1).toInt();
    if (i < 0 || i >= app.persons.size())
        return false;
    Person& p = app.persons[i];
    const QString member = m.captured(2);
    if (member == "documentNumber"_L1 && p.documentNumber.trimmed().isEmpty()) {
        p.documentNumber = s.value;
        return true;
    }
    if (member == "name"_L1 && p.name.trimmed().isEmpty()) {
        p.name = s.value;
        return true;
    }
    if (member == "documentExpiry"_L1 && !p.documentExpiry.isValid()) {
        p.documentExpiry = QDate::fromString(s.value, Qt::ISODate);
        return p.documentExpiry.isValid();
    }
    return false;
}

} // namespace icp

#include "core/Logging.h"
#include "domain/JsonReader.h"
#include "store/Dossier.h"
#include "store/JsonPositionIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// Dossiers are small (metadata only); anything bigger is not one of ours.
constexpr qint64 maxDossierBytes = 64 * 1024 * 1024;

struct BadByte
{
    qsizetype offset = -1;        // -1 = the text is fine
    bool incompleteAtEnd = false; // a multi-byte character cut off by the end of the file
};

// The first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF) or is NUL.
BadByte firstBadByte(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead == 0)
            return {i};
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                min = 0xA0; // overlong
            else if (lead == 0xED)
                max = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                min = 0x90; // overlong
            else if (lead == 0xF4)
                max = 0x8F; // above U+10FFFF
        } else {
            return {i};
        }
        const qsizetype available = std::min<qsizetype>(length, size - i);
        if (available > 1 && (data[i + 1] < min || data[i + 1] > max))
            return {i};
        for (qsizetype k = 2; k < available; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return {i};
        }
        if (available < length)
            return {i, true};
        i += length;
    }
    return {};
}

qsizetype endOfContent(const QByteArray& bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && QByteArrayView(" \t\r\n").contains(bytes.at(end - 1)))
        --end;
    return end;
}

QString truncatedMessage(const QString& fileName, TextPosition at)
{
    return QCoreApplication::translate(
               "Dossier", "The file “%1” ends unexpectedly at line %2, column %3: it is incomplete, "
                          "probably truncated.")
        .arg(fileName)
        .arg(at.line)
        .arg(at.column);
}

class ProblemList
{
public:
    explicit ProblemList(QList<DossierProblem>& problems)
        : m_problems(problems)
    {}

    void add(const QString& code, const QString& message, const QString& path, TextPosition at)
    {
        m_problems.append(DossierProblem{code, message, path, at.line, at.column});
    }

private:
    QList<DossierProblem>& m_problems;
};

// Problems about the file as a whole already name the file in their message.
bool namesTheFile(const DossierProblem& problem)
{
    return problem.path == "$"_L1 || problem.code == "dossier.format"_L1 ||
           problem.code == "dossier.version"_L1;
}

// Checks "format" and "version"; false when the rest of the file must not be read
// (another format or a version this build does not understand: reading it anyway
// would bury the one useful message under noise).
bool checkHeader(const QJsonObject& root, const QString& fileName, const JsonPositionIndex& index,
                 ProblemList& out)
{
    const QJsonValue format = root.value(u"format"_s);
    if (format.toString() != "icp-dossier"_L1) {
        const QString path = u"$.format"_s;
        out.add(
            u"dossier.format"_s,
            format.isUndefined()
                ? QCoreApplication::translate("Dossier",
                                              "The file “%1” is not an ICP dossier: the field “format” is "
                                              "missing (it must be “icp-dossier”).")
                      .arg(fileName)
                : QCoreApplication::translate("Dossier",
                                              "The file “%1” is not an ICP dossier: the field “format” is "
                                              "“%2”, but it must be “icp-dossier”.")
                      .arg(fileName, format.isString() ? format.toString() : JsonReader::describe(format)),
            path, index.find(path));
        return false;
    }

    const QJsonValue version = root.value(u"version"_s);
    const QString path = u"$.version"_s;
    constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
    const qint64 number = version.isDouble() ? version.toInteger(notIntegral) : notIntegral;
    if (number == Dossier::formatVersion)
        return true;
    QString message;
    if (version.isUndefined()) {
        message = QCoreApplication::translate("Dossier",
                                              "The dossier “%1” has no format version (field “version”).")
                      .arg(fileName);
    } else if (number == notIntegral || number < 1) {
        message = QCoreApplication::translate(
                      "Dossier", "The dossier “%1” has an invalid format version: “version” must be "
                                 "a whole number such as %2.")
                      .arg(fileName)
                      .arg(Dossier::formatVersion);
    } else {
        message = QCoreApplication::translate(
                      "Dossier", "The dossier “%1” was written in format version %2, which is newer "
                                 "than this application understands (version %3). Update the "
                                 "application to import it.")
                      .arg(fileName)
                      .arg(number)
                      .arg(Dossier::formatVersion);
    }
    out.add(u"dossier.version"_s, message, path, index.find(path));
    return false;
}

Dossier readBody(const QJsonObject& root, const JsonPositionIndex& index, ProblemList& out)
{
    JsonProblems problems;
    Dossier dossier;
    {
        JsonReader reader(root, u"$"_s, problems);
        reader.string(u"format"_s);   // checked by checkHeader
        reader.integer(u"version"_s); // checked by checkHeader
        dossier.exportedAt = reader.dateTime(u"exportedAt"_s);
        dossier.application = reader.object<Application>(u"application"_s, JsonReader::Required);
        dossier.licences = reader.objectList<Licence>(u"licences"_s);
    } // the reader reports unknown top-level fields when it goes out of scope
    for (const Error& error : problems.errors())
        out.add(error.code, error.message, error.path, index.find(error.path));
    return dossier;
}

} // namespace

Result<Dossier> readDossier(const QByteArray& input, const QString& fileName,
                            QList<DossierProblem>* problemsOut)
{
    QList<DossierProblem> problems;
    ProblemList out(problems);
    Dossier dossier;

    // Tolerate a UTF-8 byte order mark (some editors add one); the writer never adds it.
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;

    const BadByte bad = firstBadByte(bytes);
    if (endOfContent(bytes) == 0) {
        out.add(u"dossier.empty"_s,
                QCoreApplication::translate("Dossier", "The file “%1” is empty; it contains no dossier.")
                    .arg(fileName),
                u"$"_s, TextPosition{});
    } else if (bad.incompleteAtEnd) {
        const TextPosition at = JsonPositionIndex::positionOfOffset(bytes, bad.offset);
        out.add(u"dossier.truncated"_s, truncatedMessage(fileName, at), u"$"_s, at);
    } else if (bad.offset >= 0) {
        const TextPosition at = JsonPositionIndex::positionOfOffset(bytes, bad.offset);
        out.add(u"dossier.encoding"_s,
                QCoreApplication::translate(
                    "Dossier", "The file “%1” is not UTF-8 text (unexpected byte at line %2, column "
                               "%3). It may be damaged, or not a dossier at all.")
                    .arg(fileName)
                    .arg(at.line)
                    .arg(at.column),
                u"$"_s, at);
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const TextPosition at = JsonPositionIndex::positionOfOffset(bytes, parseError.offset);
            if (parseError.offset >= endOfContent(bytes)) {
                out.add(u"dossier.truncated"_s, truncatedMessage(fileName, at), u"$"_s, at);
            } else {
                QString message = QCoreApplication::translate(
                                      "Dossier", "The file “%1” is not valid JSON: %2 at line %3, column %4.")
                                      .arg(fileName, parseError.errorString())
                                      .arg(at.line)
                                      .arg(at.column);
                // Qt calls a missing comma between members an "unterminated object".
                if (parseError.error == QJsonParseError::UnterminatedObject ||
                    parseError.error == QJsonParseError::UnterminatedArray) {
                    message +=
                        u' ' + QCoreApplication::translate(
                                   "Dossier", "Check for a missing comma or closing bracket just before it.");
                }
                out.add(u"dossier.syntax"_s, message, u"$"_s, at);
            }
        } else if (!document.isObject()) {
            out.add(u"dossier.type"_s,
                    QCoreApplication::translate(
                        "Dossier", "The file “%1” is not an ICP dossier: its top level must be a JSON "
                                   "object.")
                        .arg(fileName),
                    u"$"_s, TextPosition{1, 1});
        } else {
            const JsonPositionIndex index(bytes);
            const QJsonObject root = document.object();
            if (checkHeader(root, fileName, index, out)) {
                for (const JsonPositionIndex::Duplicate& duplicate : index.duplicates()) {
                    out.add(u"dossier.duplicate-field"_s,
                            QCoreApplication::translate("Dossier",
                                                        "The field “%1” appears more than once in the same "
                                                        "object; keep only one.")
                                .arg(duplicate.path.section(u'.', -1)),
                            duplicate.path, duplicate.position);
                }
                dossier = readBody(root, index, out);
            }
        }
    }

    // Problems in text order read like a compiler's: top to bottom.
    std::stable_sort(problems.begin(), problems.end(), [](const DossierProblem& a, const DossierProblem& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    if (problemsOut)
        *problemsOut = problems;
    if (problems.isEmpty())
        return dossier;

    qCDebug(lcDossier) << "dossier rejected:" << problems.size() << "problem(s), first"
                       << problems.first().code;
    const DossierProblem& first = problems.first();
    if (problems.size() == 1 && namesTheFile(first))
        return first.toError();
    const QString message = QCoreApplication::translate(
                                "Dossier", "The dossier “%1” cannot be imported: %n problem(s). Line %2: %3",
                                nullptr, int(problems.size()))
                                .arg(fileName)
                                .arg(first.line)
                                .arg(first.message);
    return Error{first.code, message, first.path};
}

Result<Dossier> readDossierFile(const QString& filePath, QList<DossierProblem>* problems)
{
    const QString shownName = QDir::toNativeSeparators(filePath);
    QFile file(filePath);
    auto fail = [&](const QString& code, const QString& message) -> Result<Dossier> {
        const DossierProblem problem{code, message, u"$"_s, 0, 0};
        if (problems)
            *problems = {problem};
        return problem.toError();
    };
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(u"dossier.io"_s,
                    QCoreApplication::translate("Dossier", "The file “%1” cannot be opened: %2")
                        .arg(shownName, file.errorString()));
    }
    if (file.size() > maxDossierBytes) {
        return fail(u"dossier.too-large"_s,
                    QCoreApplication::translate(
                        "Dossier", "The file “%1” is too large to be a dossier (%2 MB; at most %3 MB).")
                        .arg(shownName)
                        .arg(file.size() / (1024 * 1024))
                        .arg(maxDossierBytes / (1024 * 1024)));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return fail(u"dossier.io"_s,
                    QCoreApplication::translate("Dossier", "The file “%1” cannot be read: %2")
                        .arg(shownName, file.errorString()));
    }
    return readDossier(bytes, shownName, problems);
}

} // namespace icp

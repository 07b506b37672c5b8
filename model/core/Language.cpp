#include "core/Language.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace icp {

namespace {
struct Translators
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = u"en"_s;
};

Translators& translators()
{
    static Translators instance;
    return instance;
}
} // namespace

QStringList supportedLanguages()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString currentLanguage()
{
    return translators().language;
}

bool setLanguage(const QString& language)
{
    if (!supportedLanguages().contains(language))
        return false;
    Translators& t = translators();
    if (t.app)
        QCoreApplication::removeTranslator(t.app.get());
    if (t.qt)
        QCoreApplication::removeTranslator(t.qt.get());
    t.app.reset();
    t.qt.reset();
    t.language = language;
    QLocale::setDefault(language == "en"_L1 ? QLocale(QLocale::English, QLocale::UnitedStates)
                                            : QLocale(language));
    // English too has a catalogue: only its plural forms ("1 warning", "2 warnings").
    auto app = std::make_unique<QTranslator>();
    if (app->load(u":/i18n/icp-assistant_"_s + language)) {
        QCoreApplication::installTranslator(app.get());
        t.app = std::move(app);
    } else {
        qCWarning(lcCore) << "no application translation for" << language;
    }
    if (language == "en"_L1)
        return true;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        t.qt = std::move(qt);
    }
    return true;
}

} // namespace icp

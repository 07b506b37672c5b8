// Helper process of tst_applicationwizard's SIGKILL test: opens the wizard on a
// database, types into fields like a user, waits past the autosave delay, prints
// READY and then waits to be killed. Usage: autosave_child DB_PATH APPLICATION_ID
#include "DialogProvider.h"
#include "WizardTestSupport.h"
#include "store/Database.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/ApplicationWizard.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace icp;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3)
        return 2;
    auto db = Database::openSqlite(args.at(1));
    if (!db)
        return 3;
    ScriptedDialogProvider dialogs; // nothing may wait for a click before the kill
    ApplicationWizard wizard(*db.value(), args.at(2), dialogs);
    wizard.resize(1024, 700);
    wizard.show();
    if (!wizard.showPage(u"entity"_s))
        return 4;
    test::typeText(wizard.findChild<QLineEdit*>(u"entityNameLineEdit"_s), u"北京云栈示例科技有限公司"_s);
    test::typeText(wizard.findChild<QLineEdit*>(u"certificateNumberLineEdit"_s), u"91110108MA01R7Q34Q"_s);
    test::typeText(wizard.findChild<QLineEdit*>(u"postcodeLineEdit"_s), u"100080"_s);
    // Past the debounce (and no explicit save: the autosave has to do it).
    QTimer::singleShot(ApplicationDraft::kSaveDelayMs + 700, &app,
                       [] { QTextStream(stdout) << "READY" << Qt::endl; });
    return app.exec();
}

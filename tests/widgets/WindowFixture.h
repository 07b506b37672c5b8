#pragma once

// A main window on a fresh database in a temporary folder, with scripted dialogs.
#include "ApplicationCommands.h"
#include "DialogProvider.h"
#include "ExampleDossiers.h"
#include "MainWindow.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace icp::test {

using namespace Qt::StringLiterals;

// What went wrong, empty when nothing did: a failed Status shows its message in QCOMPARE.
inline QString errorOf(const Status& status)
{
    return status ? QString() : status.error().message;
}

struct WindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<ApplicationRepository> repository;
    ScriptedDialogProvider dialogs;
    std::unique_ptr<MainWindow> window;

    // Saves the examples first (so the window starts with them), then opens the window.
    explicit WindowFixture(const QStringList& examples = {})
    {
        auto opened = Database::openSqlite(dir.filePath(u"icp.sqlite"_s));
        if (!opened)
            return;
        db = std::move(opened).value();
        repository = std::make_unique<ApplicationRepository>(*db);
        for (const QString& name : examples)
            (void)repository->save(example(name), u"test"_s);
        window = std::make_unique<MainWindow>(*db, &dialogs);
    }
    ~WindowFixture()
    {
        window.reset(); // its repositories go before the database
        repository.reset();
    }
    bool ok() const { return window != nullptr; }
};

} // namespace icp::test

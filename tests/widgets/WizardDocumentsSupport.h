#pragma once

// What the wizard's documents tests share: the sample application opened on the
// Documents page, document records, people by name.
#include "DocumentsPageDriver.h"
#include "WindowFixture.h"
#include "wizard/ApplicationWizard.h"

#include <QTest>
#include <QUuid>
#include <functional>

namespace icp::test {

using namespace Qt::StringLiterals;

inline constexpr int kSaveTimeoutMs = 10000; // the autosave runs 0.8 s after the last change

inline QString personId(const Application& app, const QString& name)
{
    for (const Person& p : app.persons) {
        if (p.name == name)
            return p.id;
    }
    return {};
}

// A document record of the content with this hash (the file is stored by the caller, or
// deliberately not).
inline Document documentOf(const QString& sha256, DocumentKind kind, const QString& fileName)
{
    Document d;
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.kind = kind;
    d.fileName = fileName;
    d.sha256 = sha256;
    d.byteSize = 1000;
    d.mimeType = u"application/pdf"_s;
    return d;
}

// The main window on a fresh database, the sample application open on the
// Documents page.
struct OpenedSample
{
    ApplicationWizard* wizard = nullptr;
    DocumentsPage* page = nullptr;
};

// `prepare` changes the stored sample before the wizard opens it (e.g. a document
// record whose file is not in the store), so the Documents page meets it on opening.
inline OpenedSample openSampleOnDocuments(WindowFixture& f,
                                          const std::function<void(Application&)>& prepare = {})
{
    f.window->resize(1280, 800);
    f.window->show();
    if (!QTest::qWaitForWindowExposed(f.window.get()))
        return {};
    const QString id = f.window->openSampleApplication();
    if (id.isEmpty())
        return {};
    if (prepare) {
        f.window->closeWizard();
        Result<Application> stored = f.repository->load(id);
        if (!stored)
            return {};
        prepare(stored.value());
        if (!f.repository->save(stored.value(), u"test"_s).ok() || !f.window->openApplication(id))
            return {};
    }
    ApplicationWizard* wizard = f.window->wizard();
    if (!wizard || !wizard->showPage(u"documents"_s))
        return {};
    return {wizard, qobject_cast<DocumentsPage*>(wizard->page(u"documents"_s))};
}

} // namespace icp::test

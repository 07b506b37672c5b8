#pragma once

#include <QHash>
#include <QPointer>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace icp {

class ApplicationDraft;
class FieldRow;
struct Finding;

// One page of the wizard. Every page edits the shared ApplicationDraft; it registers
// the widget of each field path it shows (registerField) so that findings can be
// shown under the field and "jump to field" can focus it.
class WizardPage : public QWidget
{
    Q_OBJECT

public:
    // Every page of the wizard, in order (wizard/PageOwnership.h: key, step, which
    // field paths each shows).
    enum class Id { Type, Entity, People, Websites, Servers, Documents, Review, Submit, Audit, Granted };

    WizardPage(ApplicationDraft& draft, QWidget* parent = nullptr);

    virtual Id id() const = 0;
    // The stable key the page is saved under ("type", "people", …).
    QString key() const;
    // Translated title (side list and page heading).
    virtual QString title() const = 0;
    // One sentence under the heading: what this page is for.
    virtual QString subtitle() const { return {}; }
    // Re-reads every value from the draft (after a reset or a structural change).
    virtual void reload() {}
    // Whether a rules-engine field path belongs to this page (wizard::pageOwning).
    bool ownsFieldPath(const QString& fieldPath) const;
    // Focuses the widget for `fieldPath` (or the closest registered parent path).
    virtual bool focusField(const QString& fieldPath);

    ApplicationDraft& draft() const { return m_draft; }

Q_SIGNALS:
    // The page asks the wizard to go to the next page (Enter in the last field …).
    void nextRequested();
    // The page asks the wizard to show the field a rules-engine path names (Review, Fix).
    void fieldRequested(const QString& fieldPath);
    // The page asks the wizard to show another page ("submitted: see the audit page").
    void pageRequested(const QString& key);

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslate() {}
    // Whether the page shows this finding of its own in its content (so the line of
    // findings no field shows leaves it out). Rows registered with addRow() need not.
    virtual bool listsFinding(const Finding& finding) const;

public:
    // Row helpers (public so that editors a page embeds can register their rows).    // Rows created for
    // field paths; findings are routed to them by the wizard. With `withChildren` the row also shows findings
    // of paths inside it ("homepageUrls[1]").
    void registerRow(const QString& fieldPath, FieldRow* row, bool withChildren = false);
    void unregisterRowsUnder(const QString& prefix);
    // Creates a row around `input` (named `objectName`), adds it to `form` and registers it.
    FieldRow* addRow(QFormLayout* form, QWidget* input, const QString& objectName, const QString& fieldPath,
                     bool withChildren = false);
    // A line edit row whose edits go straight to the draft through `apply`.
    QLineEdit* addLineEdit(QFormLayout* form, const QString& objectName, const QString& fieldPath,
                           FieldRow** row = nullptr);
    // The page's layout: a line for findings no field shows, then the page's own content.
    QVBoxLayout* pageLayout() const { return m_layout; }
    // Adds a new form to pageLayout() and returns it.
    QFormLayout* addForm();
    // Instant-validator errors of the rows on this page ("label: message").
    QStringList instantProblems() const;
    // Whether the application may be edited (drafts, and returned/rejected ones being fixed).
    bool editable() const;
    // Re-routes every registered row to a new path (list pages when the selection moves).
    void reregister(FieldRow* row, const QString& fieldPath);

public:
    // Shows the current findings under every registered row (called after changes).
    virtual void showFindings();
    QWidget* widgetFor(const QString& fieldPath) const;

private:
    ApplicationDraft& m_draft;
    struct RowEntry
    {
        QPointer<FieldRow> row;
        bool withChildren = false;
    };
    QHash<QString, RowEntry> m_rows;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_pageFindings = nullptr;
};

} // namespace icp

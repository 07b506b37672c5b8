#pragma once

#include "domain/Licence.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace icp {

// The annual reports filed for a licence (operating year, filed on: docs/regulations.md §1.3,
// R40). Cells hold what was typed; problems() names the row and column of what is wrong.
class AnnualReportsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { YearColumn, FiledColumn, ColumnCount };

    explicit AnnualReportsEditor(QWidget* parent = nullptr);

    void setReports(const QList<AnnualReport>& reports);
    QList<AnnualReport> reports() const;
    QStringList problems() const;
    QTableWidget* table() const { return m_table; }
    void addReport();

    void retranslate();

Q_SIGNALS:
    void changed();

private:
    void refreshProblems();

    QLabel* m_hint = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace icp

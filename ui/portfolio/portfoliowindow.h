#pragma once

#include "store/portfolio.h"
#include "store/storeresult.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace apdesk::client {
class AspClient;
}
namespace apdesk::store {
class ClaimComputer;
class Store;
} // namespace apdesk::store

namespace apdesk::ui {

class PortfolioFilter;
class PortfolioModel;

// "Portefeuille" (issue 16): every establishment kept on this computer with its decision, hours
// authorised, used and left, months filed and to file, the next filing deadline and the days
// left, and what to deal with first — sorted by urgency, searchable by name or SIRET, filtered
// by kind of problem. Enter (or a double click) on an establishment opens the claim of its next
// deadline, else its latest claim, else offers to create one. Empty until refresh(); read on a
// worker thread: the window answers while 200 establishments × 24 months are computed.
class PortfolioWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioWindow)

public:
    PortfolioWindow(const store::Store &store, const store::ClaimComputer &computer,
                    QWidget *parent = nullptr);
    ~PortfolioWindow() override;

    // Logged in: refresh() first fetches the decisions of the login's establishments (`sirets`)
    // and keeps them on this computer. Null client: offline, what is kept is read as it is.
    void setOnline(client::AspClient *client, const QStringList &sirets);
    // Reads the portfolio again; online, after fetching the decisions. The program does it
    // each time the portfolio is asked for and after a claim is created; « Actualiser » too.
    void refresh();
    bool isReading() const { return m_busy; }
    PortfolioModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void openClaimRequested(qint64 claimId);
    void createClaimRequested(qint64 establishmentId);
    void read(); // a reading has ended, shown or failed

private:
    void fetchDecisions();
    void startReading();
    void showRead();
    void openCurrent();
    void updateSummary();

    const store::Store &m_store;
    const store::ClaimComputer &m_computer;
    PortfolioModel *m_model = nullptr;
    PortfolioFilter *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_show = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_refresh = nullptr;
    QFutureWatcher<store::Result<QList<store::PortfolioEntry>>> m_reading;
    // Until showRead() has shown it: the future may have finished before its signal came.
    bool m_busy = false;
    bool m_readAgain = false;
    client::AspClient *m_client = nullptr;
    QStringList m_sirets;
    // Of the last fetch: the establishments whose decisions could not be fetched, and why.
    QStringList m_fetchErrors;
};

} // namespace apdesk::ui

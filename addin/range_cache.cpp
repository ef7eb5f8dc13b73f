#include "range_cache.hpp"

#include "convert.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>

#include <algorithm>
#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <set>
#include <tuple>
#include <vector>

namespace ligestat::addin {

using css::table::CellRangeAddress;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::XInterface;

namespace {

// Beyond this many cached cells (~40 bytes each), the oldest entries go.
constexpr std::size_t kCellBudget = 40'000'000;

// Which range of which document: the document's identity, the sheet and the
// address exactly as the formula gives it.
struct RangeKey {
    const void* document;
    sal_Int16 sheet;
    sal_Int32 startColumn, startRow, endColumn, endRow;

    bool operator<(const RangeKey& other) const {
        return std::tie(document, sheet, startColumn, startRow, endColumn, endRow) <
               std::tie(other.document, other.sheet, other.startColumn, other.startRow, other.endColumn,
                        other.endRow);
    }
};

RangeKey keyOf(const void* document, const CellRangeAddress& a) {
    return RangeKey{document, a.Sheet, a.StartColumn, a.StartRow, a.EndColumn, a.EndRow};
}

bool sameAddress(const CellRangeAddress& a, const CellRangeAddress& b) {
    return a.Sheet == b.Sheet && a.StartColumn == b.StartColumn && a.StartRow == b.StartRow &&
           a.EndColumn == b.EndColumn && a.EndRow == b.EndRow;
}

void profile(const char* format, ...) __attribute__((format(printf, 1, 2)));
void profile(const char* format, ...) {
    static const char* path = std::getenv("LIGESTAT_PROFILE");
    if (path == nullptr) return;
    if (FILE* file = std::fopen(path, "a")) {
        va_list args;
        va_start(args, format);
        std::vfprintf(file, format, args);
        va_end(args);
        std::fclose(file);
    }
}

class Cache;

// Drops one entry when Calc reports a change in its area or disposes it.
class EntryListener : public cppu::WeakImplHelper1<css::util::XModifyListener> {
public:
    explicit EntryListener(const RangeKey& key) : key_(key) {}
    void SAL_CALL modified(const css::lang::EventObject&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override;

private:
    RangeKey key_;
};

// Drops every entry of a document when it closes.
class DocumentListener : public cppu::WeakImplHelper1<css::lang::XEventListener> {
public:
    explicit DocumentListener(const void* document) : document_(document) {}
    void SAL_CALL disposing(const css::lang::EventObject&) override;

private:
    const void* document_;
};

class Cache {
public:
    // Never destroyed: releasing UNO references after the office has shut
    // its UNO runtime down at exit would crash.
    static Cache& instance() {
        static Cache* cache = new Cache;
        return *cache;
    }

    std::shared_ptr<const Range> read(const Reference<css::beans::XPropertySet>& document,
                                      const Reference<css::table::XCellRange>& range);
    void drop(const RangeKey& key, const EntryListener* listener);
    void dropDocument(const void* document);

private:
    struct Entry {
        Reference<css::table::XCellRange> source;  // Calc keeps its address up to date
        Reference<css::util::XModifyListener> listener;
        std::shared_ptr<const Range> cells;
        unsigned long age = 0;
    };

    std::shared_ptr<const Range> cached(const RangeKey& key, const CellRangeAddress& address);
    void keep(const RangeKey& key, const Reference<css::beans::XPropertySet>& document,
              const Reference<css::table::XCellRange>& range, const std::shared_ptr<const Range>& cells);
    void watchDocument(const void* id, const Reference<css::beans::XPropertySet>& document);
    void release(std::vector<Entry>& dropped);

    // Calc calls add-ins and listeners on its main thread, and a listener may
    // be called while a read is under way: a recursive mutex, held only
    // around the maps, never around a call into Calc that could call back.
    std::recursive_mutex mutex_;
    std::map<RangeKey, Entry> entries_;
    std::set<const void*> watchedDocuments_;
    std::size_t cells_ = 0;
    unsigned long clock_ = 0;
    unsigned long reads_ = 0;
    unsigned long hits_ = 0;
};

void EntryListener::modified(const css::lang::EventObject&) {
    try {
        Cache::instance().drop(key_, this);
    } catch (...) {
    }
}

void EntryListener::disposing(const css::lang::EventObject&) {
    try {
        Cache::instance().drop(key_, this);
    } catch (...) {
    }
}

void DocumentListener::disposing(const css::lang::EventObject&) {
    try {
        Cache::instance().dropDocument(document_);
    } catch (...) {
    }
}

// The last row of the sheet's used area (-1 for an empty sheet).
sal_Int32 lastUsedRow(const Reference<css::table::XCellRange>& range) {
    Reference<css::sheet::XSheetCellRange> sheetRange(range, UNO_QUERY);
    if (!sheetRange.is()) return SAL_MAX_INT32;
    Reference<css::sheet::XSpreadsheet> sheet = sheetRange->getSpreadsheet();
    Reference<css::sheet::XSheetCellCursor> cursor = sheet.is() ? sheet->createCursor() : nullptr;
    Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY);
    Reference<css::sheet::XCellRangeAddressable> usedAddress(cursor, UNO_QUERY);
    if (!used.is() || !usedAddress.is()) return SAL_MAX_INT32;
    used->gotoEndOfUsedArea(false);
    return usedAddress->getRangeAddress().EndRow;
}

bool holdsFormulas(const Reference<css::table::XCellRange>& range) {
    Reference<css::sheet::XCellRangesQuery> query(range, UNO_QUERY);
    if (!query.is()) return true;  // cannot tell: do not cache
    Reference<css::sheet::XSheetCellRanges> formulas = query->queryContentCells(css::sheet::CellFlags::FORMULA);
    return !formulas.is() || formulas->getRangeAddresses().getLength() > 0;
}

// getDataArray reads an error cell as empty; a pay of #DIV/0! must not
// silently drop out of a figure. (With an array argument Calc answered
// Err:504 itself; from a range we can only say Err:502.)
void refuseErrorCells(const Reference<css::table::XCellRange>& range) {
    Reference<css::sheet::XCellRangesQuery> query(range, UNO_QUERY);
    if (!query.is()) throwBadInput("range cannot be checked");
    Reference<css::sheet::XSheetCellRanges> errors = query->queryFormulaCells(css::sheet::FormulaResult::ERROR);
    if (!errors.is() || errors->getRangeAddresses().getLength() > 0) throwBadInput("error cell in a range");
}

// Reads the cells of `range` from Calc; rows below the sheet's used area are
// not read but added as empty cells, so the shape is the formula's.
Range readCells(const Reference<css::table::XCellRange>& range, const CellRangeAddress& address) {
    const auto rows = static_cast<std::size_t>(address.EndRow - address.StartRow + 1);
    const auto cols = static_cast<std::size_t>(address.EndColumn - address.StartColumn + 1);
    Reference<css::table::XCellRange> part = range;
    sal_Int32 lastRow = address.EndRow;
    if (rows > 1000) lastRow = std::min(lastRow, lastUsedRow(range));
    Range cells;
    if (lastRow >= address.StartRow) {
        if (lastRow < address.EndRow)
            part = range->getCellRangeByPosition(0, 0, address.EndColumn - address.StartColumn,
                                                 lastRow - address.StartRow);
        Reference<css::sheet::XCellRangeData> data(part, UNO_QUERY);
        if (!data.is()) throwBadInput("range without data");
        cells = toRange(data->getDataArray());
    }
    cells.cols = cols;
    cells.rows = rows;
    cells.cells.resize(rows * cols);  // the unread rows are empty
    return cells;
}

std::shared_ptr<const Range> Cache::read(const Reference<css::beans::XPropertySet>& document,
                                         const Reference<css::table::XCellRange>& range) {
    if (!range.is()) throwBadInput("a cell range is required");
    Reference<css::sheet::XCellRangeAddressable> addressable(range, UNO_QUERY);
    if (!addressable.is()) throwBadInput("a cell range is required");
    const CellRangeAddress address = addressable->getRangeAddress();
    const Reference<XInterface> documentId(document, UNO_QUERY);
    const RangeKey key = keyOf(documentId.get(), address);
    if (documentId.is()) {
        if (auto hit = cached(key, address)) return hit;
    }

    const auto started = std::chrono::steady_clock::now();
    const bool formulas = holdsFormulas(range);
    if (formulas) refuseErrorCells(range);  // only formula cells can hold errors
    auto cells = std::make_shared<const Range>(readCells(range, address));
    const bool cacheable = documentId.is() && !formulas;
    if (cacheable) keep(key, document, range, cells);
    profile("read %zux%zu cells%s in %.1f ms\n", cells->rows, cells->cols, cacheable ? "" : " (not cached)",
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    return cells;
}

std::shared_ptr<const Range> Cache::cached(const RangeKey& key, const CellRangeAddress& address) {
    Reference<css::table::XCellRange> source;
    std::shared_ptr<const Range> cells;
    {
        std::lock_guard lock(mutex_);
        auto found = entries_.find(key);
        if (found == entries_.end()) return nullptr;
        source = found->second.source;
        cells = found->second.cells;
    }
    // Calc moves the kept range object with inserted/deleted rows and sheets:
    // if it no longer sits at the formula's address, its cells are not these.
    Reference<css::sheet::XCellRangeAddressable> kept(source, UNO_QUERY);
    if (kept.is() && sameAddress(kept->getRangeAddress(), address)) {
        std::lock_guard lock(mutex_);
        auto found = entries_.find(key);
        if (found != entries_.end() && found->second.cells == cells) {  // not dropped meanwhile
            if (++hits_ % 1000 == 0) profile("cache hits %lu, reads %lu\n", hits_, reads_);
            return cells;
        }
        return nullptr;
    }
    drop(key, nullptr);
    return nullptr;
}

void Cache::keep(const RangeKey& key, const Reference<css::beans::XPropertySet>& document,
                 const Reference<css::table::XCellRange>& range, const std::shared_ptr<const Range>& cells) {
    Reference<css::util::XModifyBroadcaster> broadcaster(range, UNO_QUERY);
    if (!broadcaster.is()) return;  // no change reports: never cache
    watchDocument(key.document, document);
    Entry entry;
    entry.source = range;
    entry.listener = new EntryListener(key);
    entry.cells = cells;
    broadcaster->addModifyListener(entry.listener);

    std::vector<Entry> dropped;
    {
        std::lock_guard lock(mutex_);
        ++reads_;
        entry.age = ++clock_;
        auto old = entries_.find(key);
        if (old != entries_.end()) {
            cells_ -= old->second.cells->size();
            dropped.push_back(std::move(old->second));
            entries_.erase(old);
        }
        while (!entries_.empty() && cells_ + cells->size() > kCellBudget) {
            auto oldest = entries_.begin();
            for (auto it = entries_.begin(); it != entries_.end(); ++it)
                if (it->second.age < oldest->second.age) oldest = it;
            cells_ -= oldest->second.cells->size();
            dropped.push_back(std::move(oldest->second));
            entries_.erase(oldest);
        }
        cells_ += cells->size();
        entries_.emplace(key, std::move(entry));
    }
    release(dropped);
}

void Cache::watchDocument(const void* id, const Reference<css::beans::XPropertySet>& document) {
    {
        std::lock_guard lock(mutex_);
        if (!watchedDocuments_.insert(id).second) return;
    }
    Reference<css::lang::XComponent> component(document, UNO_QUERY);
    if (component.is()) component->addEventListener(new DocumentListener(id));
}

void Cache::drop(const RangeKey& key, const EntryListener* listener) {
    std::vector<Entry> dropped;
    {
        std::lock_guard lock(mutex_);
        auto found = entries_.find(key);
        if (found == entries_.end()) return;
        // A listener of an entry already replaced must not drop its successor.
        if (listener != nullptr && found->second.listener.get() != listener) return;
        cells_ -= found->second.cells->size();
        dropped.push_back(std::move(found->second));
        entries_.erase(found);
    }
    release(dropped);
}

void Cache::dropDocument(const void* document) {
    std::vector<Entry> dropped;
    {
        std::lock_guard lock(mutex_);
        watchedDocuments_.erase(document);
        for (auto it = entries_.begin(); it != entries_.end();) {
            if (it->first.document != document) {
                ++it;
                continue;
            }
            cells_ -= it->second.cells->size();
            dropped.push_back(std::move(it->second));
            it = entries_.erase(it);
        }
    }
    release(dropped);
}

// Outside the lock: removing a listener calls into Calc.
void Cache::release(std::vector<Entry>& dropped) {
    for (Entry& entry : dropped) {
        try {
            Reference<css::util::XModifyBroadcaster> broadcaster(entry.source, UNO_QUERY);
            if (broadcaster.is()) broadcaster->removeModifyListener(entry.listener);
        } catch (...) {  // a disposed range: nothing left to remove
        }
    }
    dropped.clear();
}

}  // namespace

std::shared_ptr<const Range> readRange(const Reference<css::beans::XPropertySet>& document,
                                       const Reference<css::table::XCellRange>& range) {
    return Cache::instance().read(document, range);
}

}  // namespace ligestat::addin

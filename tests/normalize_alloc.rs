//! Normalizing text that is already normalized allocates nothing (once the per-thread scratch
//! space and the word lists exist). The test counts the allocations of its own thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::cell::Cell;

use pardaz::Normalizer;

struct CountingAllocator;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count() {
    // `try_with`: the thread-local may be gone while a thread shuts down.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counter is a
// thread-local `Cell` with a const initializer, which never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: forwarded unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Clean Persian news text written for this test: ZWNJs, hamza seats, Persian digits and
/// punctuation, a Latin name, a diacritic that is kept.
const CLEAN: &str = "وزیر امور خارجه روز سه‌شنبه ۲۳ مهر ۱۴۰۲ در نشست خبری گفت: «گفت‌وگوها \
ادامه می‌یابد و ما آماده‌ایم.» او افزود که رشد اقتصادی ۲٫۵٪ بوده است و نرخ تورم حتماً کاهش \
خواهد یافت؛ نمایندگان مجلس نیز این گزارش را بررسی کردند. نسخه Python 3.12 هم منتشر شد.";

#[test]
fn normalized_text_comes_back_borrowed_without_allocating() {
    let n = Normalizer::default();
    // Warm up: the word lists and this thread's scratch buffers (which take turns holding
    // the folded words, so it takes a few runs until each has grown).
    for _ in 0..3 {
        assert!(matches!(n.normalize(CLEAN), Cow::Borrowed(_)));
    }
    let before = ALLOCATIONS.with(Cell::get);
    for _ in 0..100 {
        assert!(matches!(n.normalize(CLEAN), Cow::Borrowed(_)));
    }
    let allocations = ALLOCATIONS.with(Cell::get) - before;
    assert_eq!(allocations, 0, "normalizing clean text allocated");
}

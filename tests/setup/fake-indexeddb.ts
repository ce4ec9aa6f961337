// Every unit test gets an empty in-memory IndexedDB, as a fresh browser profile would.
import 'fake-indexeddb/auto';

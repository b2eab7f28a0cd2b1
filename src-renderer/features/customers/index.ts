/** Customers: the list, the form, the command palette, merging duplicates and the customer search. */
export { CustomerFormPage } from './form/CustomerFormPage';
export { CustomerListPage } from './list/CustomerListPage';
export { useCustomerSearch } from './list/useCustomerData';
export { MergeModal } from './merge/MergeModal';
export { CommandPalette } from './palette/CommandPalette';

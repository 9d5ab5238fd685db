import type { AppDeps } from '../app-deps.js';
import { route } from '../route.js';
import { IdParams } from '../schemas/common.js';
import { ContactListSchema, ContactSchema, RememberContactBody } from '../schemas/contacts.js';
import { listCompanyContacts, rememberContact } from '../../app/remember-contact.js';

// Grouped under Outlook in the API document, where they were first served (the add-in remembers
// addresses); the tab lists and adds contact persons through them too.
const TAG = 'Outlook';

/** A company's contact persons: listing them, and adding one (or remembering an address). */
export function contactPersonRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/api/companies/:id/contacts',
      tag: TAG,
      summary: "The company's contact persons",
      params: IdParams,
      response: ContactListSchema,
      handle: async ({ actor, params }) => ({ items: await listCompanyContacts(deps, actor, params.id) }),
    }),
    route({
      method: 'post',
      path: '/api/companies/:id/contacts',
      tag: TAG,
      summary: 'Add a contact person, or remember that an address belongs to this company so its next email matches it',
      params: IdParams,
      body: RememberContactBody,
      status: 201,
      errors: ['CONFLICT', 'NEVER_LOG'],
      response: ContactSchema,
      handle: ({ actor, params, body }) => rememberContact(deps, actor, params.id, body, deps.ownDomains),
    }),
  ];
}

import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import {
  organisationInputSchema,
  organisationListQuerySchema,
  organisationListSchema,
  organisationSchema,
  organisationUpdateSchema,
} from '../../../shared/api/organisations.js';
import type { App } from '../../http/route-types.js';
import { createOrganisation, deleteOrganisation, getOrganisation, listOrganisationsFor, updateOrganisation } from './service.js';

const tags = ['organisations'];

export async function organisationRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/organisations',
    {
      config: { access: 'reference.read' },
      schema: { tags, summary: 'Danh bạ cơ quan, tổ chức', querystring: organisationListQuerySchema, response: { 200: organisationListSchema } },
    },
    async (request) => listOrganisationsFor(db, request.query),
  );

  app.post(
    '/organisations',
    {
      config: { access: 'organisations.manage' },
      schema: { tags, summary: 'Thêm cơ quan, tổ chức', body: organisationInputSchema, response: { 201: organisationSchema } },
    },
    async (request, reply) => reply.code(201).send(await createOrganisation(db, request.actor!, request.body)),
  );

  app.get(
    '/organisations/:id',
    {
      config: { access: 'reference.read' },
      schema: { tags, summary: 'Một cơ quan, tổ chức', params: idParamsSchema, response: { 200: organisationSchema } },
    },
    async (request) => getOrganisation(db, request.params.id),
  );

  app.put(
    '/organisations/:id',
    {
      config: { access: 'organisations.manage' },
      schema: { tags, summary: 'Sửa cơ quan, tổ chức', params: idParamsSchema, body: organisationUpdateSchema, response: { 200: organisationSchema } },
    },
    async (request) => updateOrganisation(db, request.actor!, request.params.id, request.body),
  );

  app.delete(
    '/organisations/:id',
    {
      config: { access: 'organisations.manage' },
      schema: { tags, summary: 'Xóa cơ quan, tổ chức', params: idParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteOrganisation(db, request.actor!, request.params.id);
      return reply.code(204).send(null);
    },
  );
}

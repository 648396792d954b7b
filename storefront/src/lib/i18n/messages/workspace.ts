// The seller workspace's products and orders.
const en = {}

export type WorkspaceMessages = typeof en

const de: WorkspaceMessages = {}

const el: WorkspaceMessages = {}

export const workspace = { en, de, el }

// Each test file boots its own Medusa app; clear MikroORM's entity registry between them.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

-- Runs once, when the postgres volume is first initialised. POSTGRES_DB creates the backend's
-- database (agora); the CMS gets its own.
CREATE DATABASE agora_cms;

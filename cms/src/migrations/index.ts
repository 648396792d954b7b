import * as migration_20261123_193450_initial from './20261123_193450_initial';
import * as migration_20261124_085455_content from './20261124_085455_content';

export const migrations = [
  {
    up: migration_20261123_193450_initial.up,
    down: migration_20261123_193450_initial.down,
    name: '20261123_193450_initial',
  },
  {
    up: migration_20261124_085455_content.up,
    down: migration_20261124_085455_content.down,
    name: '20261124_085455_content'
  },
];

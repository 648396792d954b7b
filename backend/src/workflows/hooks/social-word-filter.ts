import { filterCaption } from "@agora/social-word-filter/workflows"
import { createPostWorkflow, updatePostWorkflow } from "../social"

// The word-filter plugin's handler on the post hooks. A plugin cannot bind it itself: Medusa exposes a
// workflow's hooks only on the object createWorkflow returns, which lives here (docs/PLUGINS.md).
createPostWorkflow.hooks.postCreating(filterCaption)
updatePostWorkflow.hooks.postUpdating(filterCaption)

/** Topics name what a post is about; interests and for-you match on them. */
export const hashtagTopic = (tag: string) => `#${tag}`
export const categoryTopic = (categoryId: string) => `category:${categoryId}`
export const isHashtagTopic = (topic: string) => topic.startsWith("#")

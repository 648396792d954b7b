module.exports = require("./server")

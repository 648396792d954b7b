import { Module } from "@medusajs/framework/utils"
import WordFilterService from "./service"

export const WORD_FILTER_MODULE = "wordFilter"

export default Module(WORD_FILTER_MODULE, { service: WordFilterService })
